package org.csucasework.actions;

/**
 * What an action belongs to. A report's actions run in the report's daily tasking process; a Task and Finish Group's
 * action plan in the group's process; a Community MARAC case's actions in its referral's process; an ASB Case
 * Review's recommendations in its review's process. Each kind has its {@link ActionOwnerType}, registered by the
 * module that owns the record.
 */
public enum ActionOwnerKind {
    REPORT(ActionSource.DAILY_TASKING),
    TASK_AND_FINISH_GROUP(ActionSource.TASK_AND_FINISH_GROUP),
    COMMUNITY_MARAC(ActionSource.COMMUNITY_MARAC),
    /** The recommendations of an ASB Case Review, in the review's process. */
    CASE_REVIEW(ActionSource.CASE_REVIEW);

    private final ActionSource source;

    ActionOwnerKind(ActionSource source) {
        this.source = source;
    }

    /** Where actions of this owner are agreed. */
    public ActionSource source() {
        return source;
    }
}
