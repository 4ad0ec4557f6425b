package org.csucasework.taskgroups;

/** How a group ended. */
public enum GroupOutcome {
    RESOLVED("Resolved"),
    ESCALATED("Escalated"),
    NO_FURTHER_ACTION("No further action");

    private final String label;

    GroupOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
