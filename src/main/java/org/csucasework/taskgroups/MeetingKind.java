package org.csucasework.taskgroups;

/** A group's first meeting (where the action plan is agreed) or one of its review meetings. */
public enum MeetingKind {
    FIRST("First meeting"),
    REVIEW("Review meeting");

    private final String label;

    MeetingKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
