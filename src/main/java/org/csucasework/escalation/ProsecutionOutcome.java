package org.csucasework.escalation;

/** How a prosecution for the breach of a CPN ended (s48). */
public enum ProsecutionOutcome {
    CONVICTED("Convicted"),
    ACQUITTED("Acquitted"),
    WITHDRAWN("Withdrawn");

    private final String label;

    ProsecutionOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
