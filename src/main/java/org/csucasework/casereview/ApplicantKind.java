package org.csucasework.casereview;

/** Who applies for an ASB Case Review (DESIGN.md 4.5). */
public enum ApplicantKind {
    VICTIM("The victim"),
    ON_BEHALF("Someone on the victim's behalf"),
    COMMUNITY("A community"),
    BUSINESS("A business");

    private final String label;

    ApplicantKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether the applicant is a person (matched to people on record), not a community group or a business. */
    public boolean isPerson() {
        return this == VICTIM || this == ON_BEHALF;
    }
}
