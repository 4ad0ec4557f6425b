package org.csucasework.intake;

/** How a person is involved in a report. */
public enum SubjectRole {
    VICTIM("Victim"),
    COMPLAINANT("Complainant"),
    ALLEGED_PERPETRATOR("Alleged perpetrator"),
    WITNESS("Witness");

    private final String label;

    SubjectRole(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
