package org.csucasework.marac;

/** Column lengths of the MARAC tables, for the services' checks and the forms' maximum lengths. */
public final class MaracFieldLimits {

    public static final int FAMILY_NAME = 200;
    public static final int RISK_SUMMARY = 4000;
    public static final int HISTORY = 4000;
    public static final int LAWFUL_BASIS_NOTE = 1000;
    public static final int NOTE = 2000;
    public static final int ATTENDEES = 2000;
    public static final int MINUTES = 4000;
    public static final int PERSON_NAME = 160;

    private MaracFieldLimits() {
    }
}
