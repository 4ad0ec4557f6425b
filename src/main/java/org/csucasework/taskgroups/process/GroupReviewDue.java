package org.csucasework.taskgroups.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.csucasework.taskgroups.TaskAndFinishGroupProcess;
import org.csucasework.taskgroups.TaskGroupService;
import org.springframework.stereotype.Component;

/** When a group's review falls due, puts it on the group's timeline (the lead sees the step on the group's page). */
@Component("groupReviewDue")
class GroupReviewDue implements TaskListener {

    private final TaskGroupService groups;

    GroupReviewDue(TaskGroupService groups) {
        this.groups = groups;
    }

    @Override
    public void notify(DelegateTask task) {
        Number groupId = (Number) task.getVariable(TaskAndFinishGroupProcess.VAR_GROUP_ID);
        groups.reviewDue(groupId.longValue());
    }
}
