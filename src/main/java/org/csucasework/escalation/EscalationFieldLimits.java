package org.csucasework.escalation;

/** Field lengths shared by the tables, the forms and the service's checks. */
public final class EscalationFieldLimits {
    public static final int CONDUCT = 4000;
    public static final int NOTE = 2000;
    public static final int NAME = 160;
    public static final int ADDRESS = 300;
    public static final int SHARE_REASON = 300;
    public static final int TEMPLATE_TITLE = 200;
    public static final int TEMPLATE_BODY = 8000;
    public static final int MAX_DURATION_DAYS = 3650;
    public static final int REQUIREMENT = 1000;

    private EscalationFieldLimits() {
    }
}
