package org.csucasework.taskgroups.process;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.csucasework.taskgroups.GroupMeetings;
import org.csucasework.taskgroups.TaskAndFinishGroupProcess;
import org.springframework.stereotype.Component;

/** When a group's review falls due, puts it in the group's history (the lead sees the step on the group's page). */
@Component("groupReviewDue")
@RequiredArgsConstructor
class GroupReviewDue implements TaskListener {

    private final GroupMeetings meetings;

    @Override
    public void notify(DelegateTask task) {
        Number groupId = (Number) task.getVariable(TaskAndFinishGroupProcess.VAR_GROUP_ID);
        meetings.reviewDue(groupId.longValue());
    }
}
