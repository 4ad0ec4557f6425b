package org.csucasework.shared;

/**
 * A meeting (a Task and Finish Group's or a Community MARAC's) is scheduled until it is recorded as held. One enum
 * for both, stored by name, so that the two kinds of meeting cannot drift apart in what they call a state.
 */
public enum MeetingStatus {
    SCHEDULED("Scheduled"),
    HELD("Held");

    private final String label;

    MeetingStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
