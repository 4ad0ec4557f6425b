package org.csucasework.taskgroups;

import org.csucasework.intake.ReportLogged;
import org.csucasework.tasking.ReferralKind;
import org.csucasework.tasking.ReportReferred;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Proposes groups from what happens elsewhere: a report that reaches the Task and Finish threshold, and a daily
 * tasking referral to a group. Plain (synchronous) listeners on purpose: they run inside the transaction that logged
 * or referred the report, so a report never reaches the threshold without its proposal, nor is a referral recorded
 * without its group.
 */
@Component
class TaskGroupProposals {

    private final TaskGroupService groups;

    TaskGroupProposals(TaskGroupService groups) {
        this.groups = groups;
    }

    @EventListener
    void on(ReportLogged logged) {
        groups.reportLogged(logged);
    }

    @EventListener
    void on(ReportReferred referred) {
        if (referred.kind() == ReferralKind.TASK_AND_FINISH_GROUP) {
            groups.referred(referred);
        }
    }
}
