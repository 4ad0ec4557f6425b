package org.csucasework.casereview;

import org.csucasework.actions.ActionSubprocess;

/**
 * Ids in {@code bpmn/asb-case-review.bpmn}, for code and tests instead of string literals. The review's
 * recommendations run in the same action event sub-process as a report's ({@link ActionSubprocess}).
 */
public final class AsbCaseReviewProcess {

    public static final String KEY = "asb-case-review";

    // User tasks (candidate group: the coordinators, see decision record 0022)
    public static final String DECIDE_THRESHOLD = "decideThreshold";
    public static final String HOLD_REVIEW = "holdReview";
    public static final String AWAIT_RESPONSE = "awaitResponse";
    public static final String RECORD_ESCALATION_RESULT = "recordEscalationResult";
    /** The role whose members coordinate Case Reviews (the candidate group of the user tasks above). */
    public static final String COORDINATORS = "SUPERVISOR";

    // Other activities and events
    public static final String APPLICATION_RECEIVED = "applicationReceived";
    public static final String TEST_THRESHOLD = "testThreshold";
    public static final String DECISION_REMINDER_DUE = "decisionReminderDue";
    public static final String REMIND_COORDINATOR = "remindCoordinator";
    public static final String REMINDER_SENT = "reminderSent";
    public static final String TELL_DECISION = "tellDecision";
    public static final String THRESHOLD_NOT_MET = "thresholdNotMet";
    public static final String TELL_OUTCOME = "tellOutcome";
    public static final String RESPONSE_TIME_UP = "responseTimeUp";
    public static final String CLOSE_UNESCALATED = "closeUnescalated";
    public static final String NO_ESCALATION_ASKED = "noEscalationAsked";
    public static final String REVIEW_CLOSED = "reviewClosed";
    public static final String ESCALATION_CONCLUDED = "escalationConcluded";
    public static final String ACTION_SUBPROCESS = ActionSubprocess.SUBPROCESS;
    public static final String COMPLETE_ACTION = ActionSubprocess.COMPLETE_ACTION;

    // Variables: ids, flags and dates only, never names or other personal data
    public static final String VAR_CASE_REVIEW_ID = "caseReviewId";
    /** When the threshold decision must be told: the end of the last working day allowed. */
    public static final String VAR_DECISION_DUE = "decisionDue";
    /** When the coordinators are reminded of a decision not yet taken. */
    public static final String VAR_DECISION_REMINDER = "decisionReminder";
    public static final String VAR_THRESHOLD_MET = "thresholdMet";
    /** Until when the applicant may ask for the escalation after the outcome. */
    public static final String VAR_RESPONSE_DEADLINE = "responseDeadline";
    public static final String VAR_ESCALATION_REQUESTED = "escalationRequested";

    private AsbCaseReviewProcess() {
    }
}
