package org.csucasework.taskgroups;

/** Field lengths shared by the tables, the services' checks and the forms. */
public final class TaskGroupFieldLimits {

    public static final int TITLE = 200;
    public static final int REASON = 2000;
    public static final int MINUTES = 8000;
    public static final int FINDINGS = 4000;
    public static final int FOLLOW_UP = 2000;
    public static final int MIN_REVIEW_WEEKS = 1;
    public static final int MAX_REVIEW_WEEKS = 52;

    private TaskGroupFieldLimits() {
    }
}
