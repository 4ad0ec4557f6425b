package org.csucasework.taskgroups.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import org.csucasework.shared.ConflictException;
import org.csucasework.shared.FieldErrors;
import org.csucasework.shared.Role;
import org.csucasework.shared.ValidationException;
import org.csucasework.shared.ui.Notices;
import org.csucasework.shared.ui.UkDates;
import org.csucasework.taskgroups.GroupSummary;
import org.csucasework.taskgroups.TaskGroupService;

/**
 * The supervisor's queue of proposed groups, oldest first: for each, what it is about and why, and approve or decline
 * (with the reason) in place.
 */
@Route("task-groups/approvals")
@PageTitle("Group approvals | CSU Casework")
@Menu(title = "Group approvals", order = 31, icon = "vaadin:check-square-o")
@RolesAllowed(Role.SUPERVISOR_NAME)
public class GroupApprovalsView extends VerticalLayout {

    private final TaskGroupService groups;
    private final VerticalLayout queue = new VerticalLayout();
    private final Paragraph status = new Paragraph();

    public GroupApprovalsView(TaskGroupService groups) {
        this.groups = groups;
        addClassName("group-approvals");
        queue.setPadding(false);
        status.getElement().setAttribute("role", "status");
        add(new H1("Task and Finish Group proposals"), status, queue);
        load();
    }

    void load() {
        queue.removeAll();
        List<GroupSummary> proposals = groups.approvalQueue();
        status.setText(proposals.isEmpty() ? "No proposals are waiting for a decision."
                : proposals.size() + (proposals.size() == 1 ? " proposal waits" : " proposals wait") + " for a decision.");
        proposals.forEach(p -> queue.add(card(p)));
    }

    private Div card(GroupSummary proposal) {
        Div card = new Div();
        card.addClassName("proposal");
        card.getElement().setAttribute("role", "region");
        card.getElement().setAttribute("aria-label", "Proposal " + proposal.reference());
        card.getStyle().set("border", "1px solid var(--lumo-contrast-20pct)").set("border-radius", "var(--lumo-border-radius-m)")
                .set("padding", "var(--lumo-space-m)").set("width", "100%").set("box-sizing", "border-box");
        H2 title = new H2();
        title.add(GroupFormat.groupLink(proposal.reference()));
        title.add(" " + proposal.title());
        card.add(title);
        card.add(new Paragraph(GroupFormat.subject(proposal)));
        card.add(new Paragraph(proposal.proposalSource().label() + ", " + UkDates.moment(proposal.proposedAt())
                + " by " + proposal.proposedBy() + ": " + proposal.proposalReason()));
        TextArea note = new TextArea("Note, or the reason for declining " + proposal.reference());
        note.setWidthFull();
        Button approve = new Button("Approve", e -> decide(() -> groups.approve(proposal.reference(), note.getValue()),
                proposal.reference() + " approved: it is ready to be set up.", note));
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        approve.getElement().setAttribute("aria-label", "Approve " + proposal.reference());
        Button decline = new Button("Decline", e -> decide(() -> groups.decline(proposal.reference(), note.getValue()),
                proposal.reference() + " declined.", note));
        decline.addThemeVariants(ButtonVariant.LUMO_ERROR);
        decline.getElement().setAttribute("aria-label", "Decline " + proposal.reference());
        card.add(note, new HorizontalLayout(approve, decline));
        return card;
    }

    private void decide(Runnable decision, String done, TextArea note) {
        try {
            decision.run();
            Notices.success(done);
            load();
            status.setText(done + " " + status.getText());
        } catch (ValidationException e) {
            FieldErrors.show(e.errors(), Map.of("reason", note));
        } catch (ConflictException e) {
            Notices.error(e.getMessage());
            load();
        }
    }
}
