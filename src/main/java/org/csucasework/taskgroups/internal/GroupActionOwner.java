package org.csucasework.taskgroups.internal;

import org.csucasework.actions.ActionOwnerKind;
import org.csucasework.actions.ActionOwnerType;
import org.csucasework.actions.StandardActionOwner;
import org.csucasework.casehistory.CaseHistory;
import org.csucasework.casehistory.CaseRef;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Task and Finish Groups own their action plans: changes wait for each other on the group's row.
 */
@Configuration(proxyBeanMethods = false)
class GroupActionOwner {

    @Bean
    ActionOwnerType taskGroupsOwningActions(TaskGroupRepository groups, CaseHistory history) {
        return new StandardActionOwner(ActionOwnerKind.TASK_AND_FINISH_GROUP, "Task and Finish Group", "task-groups/", true,
                groups::lockByReference, CaseRef::taskGroup, history);
    }
}
