package org.csucasework.taskgroups;

/** Where a group is in its life: proposed, declined by a supervisor, open (approved, then set up), closed. */
public enum GroupStatus {
    PROPOSED("Proposed"),
    DECLINED("Declined"),
    OPEN("Open"),
    CLOSED("Closed");

    private final String label;

    GroupStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Proposed or open: the partnership is (or may soon be) working on the subject. */
    public boolean isActive() {
        return this == PROPOSED || this == OPEN;
    }
}
