package org.csucasework.marac;

/** Who a referral is about: one person, or a family (a family name and its members). */
public enum MaracSubjectKind {
    PERSON("Person"),
    FAMILY("Family");

    private final String label;

    MaracSubjectKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
