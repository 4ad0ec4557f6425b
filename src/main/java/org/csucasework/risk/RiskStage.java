package org.csucasework.risk;

/** When a victim's risk was assessed: when the report was logged, or again at a review. */
public enum RiskStage {
    INTAKE("At intake"),
    REVIEW("At review");

    private final String label;

    RiskStage(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
