package org.csucasework.marac;

import org.csucasework.actions.ActionSubprocess;

/**
 * Ids in {@code bpmn/community-marac-referral.bpmn}, for code and tests instead of string literals. The case's
 * actions run in the same action event sub-process as a report's ({@link ActionSubprocess}), with the same ids.
 */
public final class CommunityMaracProcess {

    public static final String KEY = "community-marac-referral";

    // User tasks
    public static final String SUBMIT_REFERRAL = "submitReferral";
    public static final String SCREEN_REFERRAL = "screenReferral";
    public static final String DISCUSS_AT_MEETING = "discussAtMeeting";

    // Other activities and events
    public static final String REFERRAL_DRAFTED = "referralDrafted";
    public static final String TELL_REFERRER = "tellReferrer";
    public static final String SCREENING_OUTCOME = "screeningOutcome";
    public static final String REFERRAL_DECLINED = "referralDeclined";
    public static final String CASE_ON_LIST = "caseOnList";
    public static final String CASE_DECISION = "caseDecision";
    public static final String CASE_CLOSED_AT_MEETING = "caseClosedAtMeeting";
    public static final String CASE_CLOSED = "caseClosed";

    // The case's actions (the shared action event sub-process)
    public static final String ACTION_SUBPROCESS = ActionSubprocess.SUBPROCESS;
    public static final String COMPLETE_ACTION = ActionSubprocess.COMPLETE_ACTION;

    // Variables: ids, codes and dates only, never names or other personal data
    public static final String VAR_REFERRAL_ID = "referralId";
    /** The referrer's username: who drafts, amends and resubmits. */
    public static final String VAR_REFERRER = "referrer";
    /** The chair's screening: one of {@link #ACCEPT}, {@link #DECLINE}, {@link #MORE_INFORMATION}. */
    public static final String VAR_SCREENING = "screening";
    /** A meeting's decision on the case: a {@link CaseDecision} name. */
    public static final String VAR_DECISION = "decision";
    /** When the case's next discussion is due: the end of its next meeting's day. */
    public static final String VAR_NEXT_MEETING_DUE = "nextMeetingDue";

    public static final String ACCEPT = "ACCEPT";
    public static final String DECLINE = "DECLINE";
    public static final String MORE_INFORMATION = "MORE_INFORMATION";

    private CommunityMaracProcess() {
    }
}
