package org.csucasework.taskgroups;

import org.csucasework.actions.ActionSubprocess;

/**
 * Ids in {@code bpmn/task-and-finish-group.bpmn}, for code and tests instead of string literals. The action plan's
 * actions run in the same action event sub-process as a report's ({@link ActionSubprocess}), with the same ids.
 */
public final class TaskAndFinishGroupProcess {

    public static final String KEY = "task-and-finish-group";

    // User tasks
    public static final String APPROVE_GROUP = "approveGroup";
    public static final String SET_UP_GROUP = "setUpGroup";
    public static final String HOLD_FIRST_MEETING = "holdFirstMeeting";
    public static final String REVIEW_GROUP = "reviewGroup";

    // Other activities and events
    public static final String GROUP_PROPOSED = "groupProposed";
    public static final String APPROVED_OR_DECLINED = "approvedOrDeclined";
    public static final String GROUP_DECLINED = "groupDeclined";
    public static final String GROUP_AT_WORK = "groupAtWork";
    public static final String AWAIT_REVIEW = "awaitReview";
    public static final String REVIEW_DUE = "reviewDue";
    public static final String MEETING_HELD = "meetingHeld";
    public static final String CLOSE_REQUESTED = "closeRequested";
    public static final String GROUP_CLOSED = "groupClosed";

    // The action plan (the shared action event sub-process)
    public static final String ACTION_SUBPROCESS = ActionSubprocess.SUBPROCESS;
    public static final String COMPLETE_ACTION = ActionSubprocess.COMPLETE_ACTION;
    public static final String CHASE_OVERDUE_ACTION = ActionSubprocess.CHASE_OVERDUE_ACTION;

    // Messages
    public static final String MESSAGE_MEETING_HELD = "GroupMeetingHeld";
    public static final String MESSAGE_CLOSE_GROUP = "CloseGroup";

    // Variables: ids, codes, flags and dates only, never personal data
    public static final String VAR_GROUP_ID = "groupId";
    public static final String VAR_APPROVED = "approved";
    /** The lead officer's username: who the first meeting and the reviews are for. */
    public static final String VAR_LEAD = "lead";
    /** The review cycle as an ISO-8601 duration, e.g. P28D. */
    public static final String VAR_REVIEW_INTERVAL = "reviewInterval";
    public static final String VAR_FIRST_MEETING_DUE = "firstMeetingDue";

    private TaskAndFinishGroupProcess() {
    }
}
