package org.csucasework.worklist;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.csucasework.actions.ActionOwners;
import org.csucasework.actions.ActionService;
import org.csucasework.actions.ActionView;
import org.csucasework.intake.ReportService;
import org.csucasework.security.CurrentUser;
import org.csucasework.security.UserService;
import org.csucasework.shared.ProcessGateway;
import org.csucasework.shared.Role;
import org.csucasework.shared.ui.Names;
import org.csucasework.shared.ui.UkDates;
import org.csucasework.tasking.DailyTaskingProcess;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gathers the work list of the signed-in user: the process steps assigned to them or offered to their agency or one
 * of their roles (from the engine, through {@link ProcessGateway}), and the open actions of their agency or named
 * for them. An action's own "complete the action" step is shown as the action, once.
 */
@Service
public class WorkListService {

    /** The most process steps a work list shows; the count on the home page says how many there are in all. */
    static final int MAX_STEPS = 500;

    private final ProcessGateway processes;
    private final ActionService actions;
    private final ActionOwners owners;
    private final ReportService reports;
    private final UserService users;
    private final Names names;
    private final Clock clock;

    WorkListService(ProcessGateway processes, ActionService actions, ActionOwners owners, ReportService reports,
                    UserService users, Names names, Clock clock) {
        this.owners = owners;
        this.names = names;
        this.processes = processes;
        this.actions = actions;
        this.reports = reports;
        this.users = users;
        this.clock = clock;
    }

    /** Everything waiting for the signed-in user, overdue first, then by due date, undated last. */
    @Transactional(readOnly = true)
    public List<WorkItem> forCurrentUser() {
        CurrentUser user = users.requireCurrentUser();
        LocalDate today = LocalDate.now(clock.withZone(UkDates.ZONE));
        List<WorkItem> items = new ArrayList<>();
        List<ProcessGateway.WaitingTask> waiting = processes.waitingFor(user.username(), groups(user), MAX_STEPS)
                .stream().filter(t -> !DailyTaskingProcess.COMPLETE_ACTION.equals(t.task().getTaskDefinitionKey()))
                .toList();
        Set<String> closedReports = reports.closedAmong(waiting.stream()
                .filter(t -> DailyTaskingProcess.KEY.equals(t.processKey())).map(ProcessGateway.WaitingTask::caseReference)
                .collect(Collectors.toSet()));
        for (ProcessGateway.WaitingTask waitingTask : waiting) {
            var task = waitingTask.task();
            LocalDate due = task.getDueDate() == null ? null
                    : task.getDueDate().toInstant().atZone(UkDates.ZONE).toLocalDate();
            boolean contact = DailyTaskingProcess.UPDATE_REPORTER.equals(task.getTaskDefinitionKey());
            String note = closedReports.contains(waitingTask.caseReference())
                    ? "The report is closed but this step is still open" : null;
            items.add(new WorkItem(contact ? WorkItem.Kind.CONTACT : WorkItem.Kind.STEP, task.getName(),
                    CaseLinks.kind(waitingTask.processKey()), waitingTask.caseReference(),
                    CaseLinks.url(waitingTask.processKey(), waitingTask.caseReference()), due,
                    due != null && due.isBefore(today), note));
        }
        if (user.hasAny(Role.CASEWORKER, Role.SUPERVISOR, Role.PARTNER)) {
            boolean csuStaff = user.hasAny(Role.CASEWORKER, Role.SUPERVISOR);
            for (ActionView action : actions.myActions(false)) {
                String reference = action.ownerReference() != null ? action.ownerReference() : action.reportReference();
                items.add(new WorkItem(WorkItem.Kind.ACTION, action.description(),
                        owners.label(action.ownerKind()), reference,
                        Optional.ofNullable(owners.routeFor(action.ownerKind(), reference, csuStaff))
                                .orElse(CaseLinks.MY_ACTIONS),
                        action.dueDate(), action.overdue(), action.assignee() == null
                        ? "For " + names.agency(action.agencyCode()) : "Named for " + action.assignee()));
            }
        }
        items.sort(Comparator.comparing(WorkItem::overdue).reversed()
                .thenComparing(WorkItem::due, Comparator.nullsLast(Comparator.naturalOrder())));
        return items;
    }

    /** How many process steps wait for the signed-in user, their agency or their roles. */
    @Transactional(readOnly = true)
    public long countStepsForCurrentUser() {
        CurrentUser user = users.requireCurrentUser();
        return processes.countWaitingFor(user.username(), groups(user));
    }

    private static List<String> groups(CurrentUser user) {
        List<String> groups = new ArrayList<>();
        if (user.agencyCode() != null) {
            groups.add(user.agencyCode());
        }
        user.roles().forEach(role -> groups.add(role.name()));
        return groups;
    }
}
