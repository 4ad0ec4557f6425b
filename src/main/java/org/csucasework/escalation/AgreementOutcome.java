package org.csucasework.escalation;

/** What became of an Acceptable Behaviour Agreement put to the person: signed, or refused (DESIGN 4.4). */
public enum AgreementOutcome {
    SIGNED("Signed"),
    REFUSED("Refused");

    private final String label;

    AgreementOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
