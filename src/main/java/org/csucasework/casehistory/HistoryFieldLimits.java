package org.csucasework.casehistory;

/** Field lengths shared by the history table, the services and the forms. */
public final class HistoryFieldLimits {

    /** A note's or an event's text. */
    public static final int TEXT = 4000;
    /** With whom a contact was made ("the reporter, Mrs Shah"). */
    public static final int CONTACT_WITH = 200;
    /** What came of a contact. */
    public static final int CONTACT_OUTCOME = 2000;
    /** An event's code. */
    public static final int CODE = 40;
    /** A user name. */
    public static final int ACTOR = 60;

    private HistoryFieldLimits() {
    }
}
