package org.csucasework.escalation;

/** What the magistrates' court decided on an appeal against a Community Protection Notice (s46). */
public enum AppealResult {
    UPHELD("Notice upheld"),
    VARIED("Notice varied"),
    QUASHED("Notice quashed");

    private final String label;

    AppealResult(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
