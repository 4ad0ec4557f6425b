package org.csucasework.escalation;

/** What a case waits for after a step is issued. */
public enum WaitKind {
    /** Nothing issued yet (or nothing in force). */
    NONE("Nothing in force"),
    /** An Acceptable Behaviour Agreement: its review before the end, then the end of its term. */
    ABA("ABA term"),
    /** A Community Protection Warning: the time to comply, after which a CPN may be proposed. */
    CPW("CPW time to comply"),
    /** A letter, CPN or referral: the watch period for further reports. */
    WATCH("Watch period");

    private final String label;

    WaitKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
