package org.csucasework.taskgroups;

import org.csucasework.security.CurrentUser;
import org.csucasework.shared.Role;
import org.springframework.stereotype.Component;

/**
 * Who may see and work a group. CSU staff (caseworkers, supervisors, analysts, administrators) see every group; a
 * partner officer sees the groups their agency is a member of, the groups they lead and those they proposed. A group
 * someone may not see is "not found" for them. The lead and CSU caseworkers and supervisors run a group (meetings,
 * action plan, closing); supervisors approve or decline proposals.
 */
@Component
class TaskGroupAccess {

    boolean seesAllGroups(CurrentUser user) {
        return user.hasAny(Role.CASEWORKER, Role.SUPERVISOR, Role.ANALYST, Role.ADMIN);
    }

    boolean canSee(CurrentUser user, TaskGroup group) {
        return seesAllGroups(user)
                || group.getMemberAgencies().contains(user.agencyCode())
                || user.username().equals(group.getLeadUsername())
                || user.username().equals(group.getProposedBy());
    }

    boolean canManage(CurrentUser user, TaskGroup group) {
        return user.hasAny(Role.CASEWORKER, Role.SUPERVISOR) || user.username().equals(group.getLeadUsername());
    }

    boolean canPropose(CurrentUser user) {
        return user.hasAny(Role.CASEWORKER, Role.SUPERVISOR, Role.PARTNER);
    }

    boolean canDecide(CurrentUser user) {
        return user.has(Role.SUPERVISOR);
    }

    boolean canSetUp(CurrentUser user) {
        return user.hasAny(Role.CASEWORKER, Role.SUPERVISOR);
    }
}
