package org.csucasework.escalation;

/**
 * The codes of the escalation ladder (reference data {@code ESCALATION_LADDER}) that carry rules of their own.
 * Labels, order and default durations come from the reference data, so an administrator can rename a stage.
 */
public final class Ladder {

    public static final String WARNING_LETTER = "WARNING_LETTER";
    public static final String ABA = "ABA";
    public static final String ABA_BREACH_LETTER = "ABA_BREACH_LETTER";
    public static final String CPW = "CPW";
    public static final String CPN = "CPN";
    public static final String LEGAL = "LEGAL";

    private Ladder() {
    }
}
