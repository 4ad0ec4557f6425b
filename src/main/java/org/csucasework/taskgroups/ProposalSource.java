package org.csucasework.taskgroups;

/** How a group came to be proposed. */
public enum ProposalSource {
    AUTOMATIC("Repeat threshold reached"),
    TASKING_REFERRAL("Referred by the daily tasking"),
    REPORT("Proposed from a report"),
    BY_HAND("Proposed by hand");

    private final String label;

    ProposalSource(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
