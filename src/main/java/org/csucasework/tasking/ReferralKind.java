package org.csucasework.tasking;

/** Where the daily tasking can refer a report on. */
public enum ReferralKind {
    TASK_AND_FINISH_GROUP("Task and Finish Group"),
    COMMUNITY_MARAC("Community MARAC"),
    ESCALATION("Warning letter / ABA escalation");

    private final String label;

    ReferralKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
