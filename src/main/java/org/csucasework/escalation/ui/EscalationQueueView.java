package org.csucasework.escalation.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.csucasework.escalation.EscalationService;
import org.csucasework.escalation.QueueItem;
import org.csucasework.shared.Role;
import org.csucasework.shared.ui.UkDates;

/**
 * The supervisors' escalation queue: every proposed step awaiting a decision, oldest first, with how long it has
 * waited. Choosing one opens its case, where the supervisor reads the conduct and evidence and decides.
 */
@Route("escalation/queue")
@PageTitle("Escalation queue | CSU Casework")
@Menu(title = "Escalation queue", order = 40, icon = "vaadin:gavel")
@RolesAllowed(Role.SUPERVISOR_NAME)
public class EscalationQueueView extends VerticalLayout {

    final Grid<QueueItem> grid = new Grid<>();
    final Paragraph empty = new Paragraph("Nothing is waiting for a decision.");

    public EscalationQueueView(EscalationService escalation) {
        setSizeFull();
        grid.setAriaLabel("Proposals awaiting a decision, oldest first");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(QueueItem::ageText).setHeader("Waiting").setKey("age").setAutoWidth(true);
        grid.addColumn(item -> UkDates.moment(item.submittedAt())).setHeader("Submitted").setKey("submitted")
                .setAutoWidth(true);
        grid.addColumn(QueueItem::caseReference).setHeader("Case").setKey("case").setAutoWidth(true);
        grid.addColumn(QueueItem::personName).setHeader("Person").setKey("person");
        grid.addColumn(item -> item.stageLabel() + (item.skip() ? " (skips a stage: justification attached)" : ""))
                .setHeader("Proposed step").setKey("step");
        grid.addColumn(QueueItem::proposedBy).setHeader("Proposed by").setKey("proposedBy").setAutoWidth(true);
        grid.addColumn(item -> item.submissions() > 1 ? "Resubmitted (" + item.submissions() + ")" : "")
                .setHeader("").setKey("submissions").setAutoWidth(true);
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(EscalationCaseView.class,
                e.getItem().caseReference())));
        grid.setSizeFull();

        List<QueueItem> items = escalation.queue();
        grid.setItems(items);
        empty.setVisible(items.isEmpty());
        add(new H1("Escalation queue"),
                new Paragraph("Proposed warning letters, agreements, warnings, notices and referrals, oldest first. "
                        + "Open one to approve it, return it with comments or reject it with a reason."),
                empty, grid);
    }
}
