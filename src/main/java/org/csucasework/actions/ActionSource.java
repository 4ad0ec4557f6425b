package org.csucasework.actions;

/** Where an action was agreed. */
public enum ActionSource {
    DAILY_TASKING, TASK_AND_FINISH_GROUP, COMMUNITY_MARAC, CASE_REVIEW
}
