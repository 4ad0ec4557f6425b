package org.csucasework.escalation;

/** A supervisor's decision on a proposed step. */
public enum Decision {
    APPROVE("Approve"),
    RETURN("Return with comments"),
    REJECT("Reject");

    private final String label;

    Decision(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
