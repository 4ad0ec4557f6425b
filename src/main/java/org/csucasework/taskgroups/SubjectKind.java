package org.csucasework.taskgroups;

/** What a Task and Finish Group is about: a location or a person. */
public enum SubjectKind {
    PLACE("Place"),
    PERSON("Person");

    private final String label;

    SubjectKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
