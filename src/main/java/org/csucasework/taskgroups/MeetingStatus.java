package org.csucasework.taskgroups;

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
