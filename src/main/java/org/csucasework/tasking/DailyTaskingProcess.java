package org.csucasework.tasking;

/** Ids in {@code bpmn/csu-daily-tasking.bpmn}, for code and tests instead of string literals. */
public final class DailyTaskingProcess {

    public static final String KEY = "csu-daily-tasking";

    // User tasks
    public static final String REVIEW_AT_TASKING = "reviewAtTasking";
    public static final String CONSIDER_CASE_REVIEW = "considerCaseReview";
    public static final String UPDATE_REPORTER = "updateReporter";
    public static final String CLOSE_REPORT = "closeReport";
    public static final String COMPLETE_ACTION = "completeAction";
    public static final String CHASE_OVERDUE_ACTION = "chaseOverdueAction";

    // Other activities and events
    public static final String WAIT_FOR_ACTIONS = "waitForActions";
    public static final String ACTION_OVERDUE = "actionOverdue";
    public static final String ACTION_SUBPROCESS = "actionSubprocess";
    public static final String REPORT_CLOSED = "reportClosed";

    // Messages
    public static final String MESSAGE_ACTION_ASSIGNED = "ActionAssigned";
    public static final String MESSAGE_ALL_ACTIONS_DONE = "AllActionsDone";

    // Variables: ids and flags only, never personal data
    public static final String VAR_REPORT_ID = "reportId";
    public static final String VAR_OWNING_AGENCY = "owningAgencyCode";
    public static final String VAR_ANONYMOUS = "anonymous";
    public static final String VAR_CASE_REVIEW_THRESHOLD = "caseReviewThreshold";
    public static final String VAR_OPEN_ACTIONS = "openActions";
    public static final String VAR_OUTCOME_CODE = "outcomeCode";
    public static final String VAR_ACTION_ID = "actionId";
    public static final String VAR_ACTION_AGENCY = "actionAgencyCode";
    public static final String VAR_ACTION_DUE = "actionDue";

    private DailyTaskingProcess() {
    }
}
