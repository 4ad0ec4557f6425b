package org.csucasework.marac;

/** The lawful basis on which the referrer shares the subject's information with the MARAC partners. */
public enum LawfulBasis {
    CONSENT("Consent of the subject"),
    CRIME_AND_DISORDER_ACT_S115("Crime and Disorder Act 1998 s.115 (preventing crime and disorder)"),
    PUBLIC_TASK("UK GDPR Art. 6(1)(e) public task, DPA 2018 s.8"),
    SAFEGUARDING("Safeguarding individuals at risk (DPA 2018 Sch. 1 para 18)"),
    VITAL_INTERESTS("Vital interests (risk of serious harm)");

    private final String label;

    LawfulBasis(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
