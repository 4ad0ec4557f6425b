package org.csucasework.actions;

/** Where an action stands; {@link #label()} is how users read it (lists, the Community MARAC pack). */
public enum ActionStatus {
    OPEN("Open"), DONE("Done"), CANCELLED("Cancelled");

    private final String label;

    ActionStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
