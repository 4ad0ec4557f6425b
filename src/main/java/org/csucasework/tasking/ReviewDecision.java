package org.csucasework.tasking;

/** What the daily tasking decided about a report. */
public enum ReviewDecision {
    ACTIONS("Actions assigned"),
    REFERRED("Referred on"),
    NO_FURTHER_ACTION("No further action");

    private final String label;

    ReviewDecision(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
