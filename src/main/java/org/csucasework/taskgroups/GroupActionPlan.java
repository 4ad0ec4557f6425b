package org.csucasework.taskgroups;

import lombok.RequiredArgsConstructor;
import org.csucasework.actions.ActionService;
import org.csucasework.actions.ActionView;
import org.csucasework.actions.NewAction;
import org.csucasework.reference.Agency;
import org.csucasework.reference.ReferenceDataService;
import org.csucasework.security.CurrentUser;
import org.csucasework.security.UserService;
import org.csucasework.shared.NotFoundException;
import org.csucasework.shared.ui.UkDates;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A working group's action plan: ordinary actions of the tasking module, owned by the group. They show in "My
 * actions" and on the tasking agenda and are chased by a supervisor when overdue; the group's history records them.
 */
@Service
@RequiredArgsConstructor
public class GroupActionPlan {

    private final GroupRecords records;
    private final ActionService actions;
    private final ReferenceDataService referenceData;
    private final UserService users;

    /**
     * Adds an action for an agency, due on a day. {@code fieldPrefix} names fields in a batch (e.g.
     * {@code actions[0].}).
     */
    @Transactional
    public ActionView add(String reference, NewAction action, String fieldPrefix) {
        CurrentUser user = users.requireCurrentUser();
        TaskGroup group = records.requireWorkable(reference, user);
        ActionView added = actions.assign(GroupRecords.owner(group), action, fieldPrefix == null ? "" : fieldPrefix);
        records.event(group, "ACTION_ASSIGNED", "Action for " + referenceData.agency(added.agencyCode())
                .map(Agency::getName).orElse(added.agencyCode()) + " due " + UkDates.day(added.dueDate()) + ": "
                + added.description());
        return added;
    }

    @Transactional
    public ActionView add(String reference, NewAction action) {
        return add(reference, action, "");
    }

    /** Completes an action of the group's plan, as its agency or CSU staff would in "My actions". */
    @Transactional
    public ActionView complete(String reference, Long actionId, String outcome) {
        requireOwnAction(records.requireVisible(reference), actionId);
        return actions.complete(actionId, outcome);
    }

    /** Cancels an open action of the group's plan with the reason, e.g. handed on elsewhere (CSU staff). */
    @Transactional
    public ActionView cancel(String reference, Long actionId, String reason) {
        requireOwnAction(records.requireVisible(reference), actionId);
        return actions.cancel(actionId, reason);
    }

    private void requireOwnAction(TaskGroup group, Long actionId) {
        if (actions.actionsOf(GroupRecords.owner(group)).stream().noneMatch(a -> a.id().equals(actionId))) {
            throw new NotFoundException("No action " + actionId + " in " + group.getReference());
        }
    }
}
