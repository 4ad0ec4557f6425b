package org.csucasework.escalation;

/** Where a proposed step stands. */
public enum StepStatus {
    PROPOSED("Awaiting a supervisor's decision"),
    RETURNED("Returned to the caseworker"),
    REJECTED("Rejected"),
    /** Approved; its documents are generated and wait to be served. Nothing runs until they are. */
    APPROVED("Approved: waiting to be served"),
    /** Served on its recipient: its deadlines run from the day of service. */
    SERVED("Served"),
    WITHDRAWN("Withdrawn when the case closed");

    private final String label;

    StepStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
