package org.csucasework.tasking;

import org.csucasework.actions.ActionSubprocess;

/**
 * Ids in {@code bpmn/csu-daily-tasking.bpmn}, for code and tests instead of string literals. The action event
 * sub-process is shared with other processes: its ids are those of {@link ActionSubprocess}.
 */
public final class DailyTaskingProcess {

    public static final String KEY = "csu-daily-tasking";

    // User tasks
    public static final String REVIEW_AT_TASKING = "reviewAtTasking";
    /**
     * Retired: versions of the model before issue 18 had this step on reports reaching the ASB Case Review threshold.
     * The Case Review is its own process now ({@code bpmn/asb-case-review.bpmn}); open steps of older instances are
     * completed at start-up ({@code ReportProcess.retireCaseReviewConsiderations}) so no closed report keeps running.
     */
    public static final String CONSIDER_CASE_REVIEW = "considerCaseReview";
    public static final String UPDATE_REPORTER = "updateReporter";
    public static final String CLOSE_REPORT = "closeReport";
    public static final String COMPLETE_ACTION = ActionSubprocess.COMPLETE_ACTION;
    public static final String CHASE_OVERDUE_ACTION = ActionSubprocess.CHASE_OVERDUE_ACTION;

    // Other activities and events
    public static final String WAIT_FOR_ACTIONS = "waitForActions";
    public static final String ACTION_OVERDUE = ActionSubprocess.ACTION_OVERDUE;
    public static final String ACTION_SUBPROCESS = ActionSubprocess.SUBPROCESS;
    public static final String REPORT_CLOSED = "reportClosed";

    // Messages
    public static final String MESSAGE_ACTION_ASSIGNED = ActionSubprocess.MESSAGE_ACTION_ASSIGNED;
    public static final String MESSAGE_ALL_ACTIONS_DONE = "AllActionsDone";

    // Variables: ids and flags only, never personal data
    public static final String VAR_REPORT_ID = "reportId";
    public static final String VAR_OWNING_AGENCY = "owningAgencyCode";
    public static final String VAR_ANONYMOUS = "anonymous";
    public static final String VAR_CASE_REVIEW_THRESHOLD = "caseReviewThreshold";
    public static final String VAR_OPEN_ACTIONS = "openActions";
    public static final String VAR_OUTCOME_CODE = "outcomeCode";
    public static final String VAR_ACTION_ID = ActionSubprocess.VAR_ACTION_ID;
    public static final String VAR_ACTION_AGENCY = ActionSubprocess.VAR_ACTION_AGENCY;
    public static final String VAR_ACTION_DUE = ActionSubprocess.VAR_ACTION_DUE;

    private DailyTaskingProcess() {
    }
}
