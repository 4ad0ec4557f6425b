package org.csucasework.intake;

/** Field lengths shared by the report entity, the intake form and the API's validation. */
public final class ReportFieldLimits {
    public static final int LOCATION = 300;
    public static final int DESCRIPTION = 4000;
    public static final int NOTE = 2000;
    public static final int IDEMPOTENCY_KEY = 100;
    public static final int SHARE_REASON = 300;

    private ReportFieldLimits() {
    }
}
