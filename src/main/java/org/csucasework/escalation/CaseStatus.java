package org.csucasework.escalation;

/** Whether an escalation case is still being worked. */
public enum CaseStatus {
    OPEN("Open"),
    CLOSED("Closed");

    private final String label;

    CaseStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
