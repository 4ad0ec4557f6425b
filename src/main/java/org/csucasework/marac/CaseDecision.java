package org.csucasework.marac;

/** What a meeting decides for a case on its agenda (actions are added beside either decision). */
public enum CaseDecision {
    STAY_ON_LIST("Stay on the list: back at the next meeting"),
    CLOSE("Close the case");

    private final String label;

    CaseDecision(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
