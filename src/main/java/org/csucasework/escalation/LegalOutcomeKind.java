package org.csucasework.escalation;

/**
 * The legal outcomes beyond the ladder that a case records with their terms and dates (DESIGN 4.4): the civil
 * injunction (Part 1 of the 2014 Act), the Criminal Behaviour Order (Part 2), and the closure notice and closure order
 * of premises (Part 4 Chapter 3).
 */
public enum LegalOutcomeKind {
    INJUNCTION("Civil injunction", "granted"),
    CRIMINAL_BEHAVIOUR_ORDER("Criminal Behaviour Order", "made"),
    CLOSURE_NOTICE("Closure notice", "issued"),
    CLOSURE_ORDER("Closure order", "made");

    private final String label;
    private final String begun;

    LegalOutcomeKind(String label, String begun) {
        this.label = label;
        this.begun = begun;
    }

    public String label() {
        return label;
    }

    /** How it began, as users say it: an injunction is granted, a notice issued, an order made. */
    public String begun() {
        return begun;
    }

    /** What its first day is called: "day granted". */
    public String madeOnLabel() {
        return "day " + begun;
    }

    /** Injunctions and Criminal Behaviour Orders are against an individual; closure is of premises, whoever holds them. */
    public boolean againstAPerson() {
        return this == INJUNCTION || this == CRIMINAL_BEHAVIOUR_ORDER;
    }

    public boolean closure() {
        return this == CLOSURE_NOTICE || this == CLOSURE_ORDER;
    }
}
