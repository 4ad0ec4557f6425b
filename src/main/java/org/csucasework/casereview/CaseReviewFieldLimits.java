package org.csucasework.casereview;

/** Field lengths shared by the entities, the API checks and the forms (the columns of V28_3). */
public final class CaseReviewFieldLimits {

    public static final int NAME = 200;
    public static final int PHONE = 40;
    public static final int EMAIL = 200;
    public static final int ADDRESS = 500;
    public static final int DESCRIPTION = 4000;
    public static final int REASON = 2000;
    public static final int NOTE = 1000;
    public static final int INCIDENT = 2000;
    public static final int INFORMATION = 4000;
    public static final int IDEMPOTENCY_KEY = 100;
    /** The most complaints one application lists (reports and incidents together). */
    public static final int COMPLAINTS = 100;

    private CaseReviewFieldLimits() {
    }
}
