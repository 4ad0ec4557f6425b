package org.csucasework.actions;

/**
 * The action event sub-process that every process carrying actions contains, with these ids and listeners (copy it
 * from {@code bpmn/csu-daily-tasking.bpmn}): a non-interrupting message start {@value #MESSAGE_ACTION_ASSIGNED}
 * (execution listener {@code ${keepActionVariables}} on its end), the user task {@value #COMPLETE_ACTION} for the
 * candidate group {@code ${actionAgencyCode}} due {@code ${actionDue}} (task listener {@code ${actionTaskCreated}} on
 * create), a non-interrupting boundary timer at {@code ${actionDue}} raising {@value #CHASE_OVERDUE_ACTION} for
 * supervisors, and a terminate end. {@link ActionService} then assigns, completes and cancels actions on any owner
 * whose process instance has the owner's reference as its business key.
 */
public final class ActionSubprocess {

    public static final String SUBPROCESS = "actionSubprocess";
    public static final String ACTION_ASSIGNED = "actionAssigned";
    public static final String COMPLETE_ACTION = "completeAction";
    public static final String ACTION_OVERDUE = "actionOverdue";
    public static final String CHASE_OVERDUE_ACTION = "chaseOverdueAction";
    public static final String OVERDUE_CHASED = "overdueChased";
    public static final String ACTION_DONE = "actionDone";

    public static final String MESSAGE_ACTION_ASSIGNED = "ActionAssigned";

    // Variables, local to each action's sub-process instance: ids and codes only
    public static final String VAR_ACTION_ID = "actionId";
    public static final String VAR_ACTION_AGENCY = "actionAgencyCode";
    public static final String VAR_ACTION_DUE = "actionDue";

    private ActionSubprocess() {
    }
}
