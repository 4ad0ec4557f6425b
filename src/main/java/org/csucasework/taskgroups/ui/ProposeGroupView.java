package org.csucasework.taskgroups.ui;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Optional;
import org.csucasework.shared.ConflictException;
import org.csucasework.shared.NotFoundException;
import org.csucasework.shared.Role;
import org.csucasework.shared.ValidationException;
import org.csucasework.shared.ui.Notices;
import org.csucasework.taskgroups.GroupDraft;
import org.csucasework.taskgroups.GroupSummary;
import org.csucasework.taskgroups.TaskGroupService;
import org.springframework.security.access.AccessDeniedException;

/**
 * Proposing a group by hand, or from a report ({@code ?report=CSU-2026-000123}) or a place's page ({@code ?place=12}):
 * the draft comes pre-filled with the report's place and the report linked. A supervisor then approves or declines.
 */
@Route("task-groups/new")
@PageTitle("Propose a Task and Finish Group | CSU Casework")
@RolesAllowed({Role.CASEWORKER_NAME, Role.SUPERVISOR_NAME, Role.PARTNER_NAME})
public class ProposeGroupView extends VerticalLayout implements BeforeEnterObserver {

    private final TaskGroupService groups;
    final GroupForm form;
    private final Paragraph intro = new Paragraph("A supervisor approves or declines each proposal; once approved, "
            + "the group is set up with its first meeting.");

    public ProposeGroupView(TaskGroupService groups) {
        this.groups = groups;
        addClassName("propose-group");
        form = new GroupForm(groups.leadCandidates(), groups.agencies(), groups::suggestSubjects);
        form.addSaveListener(e -> propose(e.draft()));
        form.addCancelListener(e -> getUI().ifPresent(ui -> ui.navigate(TaskGroupsView.class)));
        add(intro, form);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters query = event.getLocation().getQueryParameters();
        String report = first(query, "report").orElse(null);
        Long place = first(query, "place").flatMap(ProposeGroupView::number).orElse(null);
        Long person = first(query, "person").flatMap(ProposeGroupView::number).orElse(null);
        GroupDraft draft;
        try {
            draft = groups.newDraft(report, place, person);
        } catch (NotFoundException e) {
            Notices.error("No report " + report + ": propose the group by hand");
            draft = groups.newDraft(null, place, person);
        }
        form.edit(draft, GroupForm.Mode.PROPOSE);
    }

    private void propose(GroupDraft draft) {
        try {
            GroupSummary group = groups.propose(draft);
            Notices.success(group.reference() + " proposed: it waits for a supervisor's decision.");
            getUI().ifPresent(ui -> ui.navigate(TaskGroupView.class,
                    new RouteParameters("reference", group.reference())));
        } catch (ValidationException e) {
            form.showErrors(e.errors());
        } catch (ConflictException | AccessDeniedException e) {
            Notices.error(e.getMessage());
        }
    }

    private static Optional<String> first(QueryParameters query, String name) {
        List<String> values = query.getParameters().getOrDefault(name, List.of());
        return values.stream().filter(v -> !v.isBlank()).findFirst();
    }

    private static Optional<Long> number(String text) {
        try {
            return Optional.of(Long.parseLong(text.trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
