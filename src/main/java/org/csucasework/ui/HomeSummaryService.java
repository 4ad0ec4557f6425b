package org.csucasework.ui;

import java.util.ArrayList;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.csucasework.actions.ActionService;
import org.csucasework.intake.ReportService;
import org.csucasework.intake.ReportStatus;
import org.csucasework.reference.ReferenceDataService;
import org.csucasework.reference.ReferenceType;
import org.csucasework.security.CurrentUser;
import org.csucasework.security.UserService;
import org.csucasework.shared.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Gathers the counts each role's home page shows, for the signed-in user only. */
@Service
@RequiredArgsConstructor
public class HomeSummaryService {

    private final UserService users;
    private final ReferenceDataService referenceData;
    private final TaskService tasks;
    private final RuntimeService runtime;
    private final ActionService actions;
    private final ReportService reports;

    @Transactional(readOnly = true)
    public HomeSummary forCurrentUser() {
        CurrentUser user = users.requireCurrentUser();
        List<HomeSummary.Figure> figures = new ArrayList<>();
        List<String> candidateGroups = new ArrayList<>();
        candidateGroups.add(user.agencyCode());
        user.roles().forEach(role -> candidateGroups.add(role.name()));
        figures.add(new HomeSummary.Figure("Open tasks for you, your agency or your role",
                tasks.createTaskQuery().or().taskAssignee(user.username()).taskCandidateGroupIn(candidateGroups)
                        .endOr().active().count(), "work-list"));
        if (user.hasAny(Role.CASEWORKER, Role.PARTNER, Role.SUPERVISOR)) {
            figures.add(new HomeSummary.Figure("Open actions for you and " + user.agencyName(),
                    actions.countMyOpenActions(), "work-list"));
        }
        if (user.hasAny(Role.CASEWORKER, Role.SUPERVISOR)) {
            figures.add(new HomeSummary.Figure("Reports awaiting the daily tasking",
                    reports.countByStatus(ReportStatus.NEW), "reports?status=NEW"));
        }
        if (user.has(Role.SUPERVISOR)) {
            figures.add(new HomeSummary.Figure("Overdue actions", actions.countOverdue()));
        }
        figures.add(new HomeSummary.Figure("Active colleagues in " + user.agencyName(),
                users.countActiveUsersOfAgency(user.agencyId())));
        if (user.has(Role.ADMIN)) {
            figures.add(new HomeSummary.Figure("User accounts", users.countUsers()));
            figures.add(new HomeSummary.Figure("Partner agencies", referenceData.count(ReferenceType.AGENCIES)));
            figures.add(new HomeSummary.Figure("Running processes", runtime.createProcessInstanceQuery().active().count()));
        }
        if (user.hasAny(Role.ADMIN, Role.ANALYST, Role.SUPERVISOR)) {
            figures.add(new HomeSummary.Figure("Wards in " + referenceData.district().getName(),
                    referenceData.activeWards().size()));
            figures.add(new HomeSummary.Figure("Report categories", referenceData.activeCategories().size()));
        }
        return new HomeSummary(user.fullName(), user.agencyName(),
                user.roles().stream().map(Role::label).sorted().toList(), figures);
    }
}
