package org.csucasework.escalation;

/** Where a proposed step stands. */
public enum StepStatus {
    PROPOSED("Awaiting a supervisor's decision"),
    RETURNED("Returned to the caseworker"),
    REJECTED("Rejected"),
    ISSUED("Approved and issued"),
    WITHDRAWN("Withdrawn when the case closed");

    private final String label;

    StepStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
