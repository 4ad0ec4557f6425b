package org.csucasework.marac;

/** A MARAC meeting is scheduled until the chair records it as held. */
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
