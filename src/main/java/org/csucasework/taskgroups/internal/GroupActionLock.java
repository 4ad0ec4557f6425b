package org.csucasework.taskgroups.internal;

import org.csucasework.tasking.ActionOwnerKind;
import org.csucasework.tasking.ActionOwnerLock;
import org.springframework.stereotype.Component;

/** Changes to one group's action plan wait for each other, on the group's row (see {@link ActionOwnerLock}). */
@Component
class GroupActionLock implements ActionOwnerLock {

    private final TaskGroupRepository groups;

    GroupActionLock(TaskGroupRepository groups) {
        this.groups = groups;
    }

    @Override
    public ActionOwnerKind kind() {
        return ActionOwnerKind.TASK_AND_FINISH_GROUP;
    }

    @Override
    public void lock(String ownerReference) {
        groups.lockByReference(ownerReference);
    }
}
