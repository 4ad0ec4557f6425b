package org.csucasework.casereview.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.csucasework.casereview.CaseReviewService;
import org.csucasework.casereview.CaseReviewSummary;
import org.csucasework.casereview.CaseReviewWork;
import org.csucasework.shared.Role;
import org.csucasework.shared.ui.UkDates;

/**
 * ASB Case Reviews: the coordinators' queue (every step waiting for them, oldest application first) and all
 * applications with their state, newest first.
 */
@Route("case-reviews")
@PageTitle("ASB Case Reviews | CSU Casework")
@Menu(title = "ASB Case Reviews", order = 45, icon = "vaadin:scale")
@RolesAllowed({Role.CASEWORKER_NAME, Role.SUPERVISOR_NAME})
public class CaseReviewsView extends VerticalLayout {

    final Grid<CaseReviewSummary> queue = grid("Steps waiting for the Case Review coordinators, oldest first");
    final Grid<CaseReviewSummary> all = grid("All ASB Case Review applications, newest first");

    public CaseReviewsView(CaseReviewService applications, CaseReviewWork work) {
        addClassName("case-reviews");
        List<CaseReviewSummary> waiting = work.coordinatorQueue();
        queue.setItems(waiting);
        all.setItems(applications.list(500));
        Paragraph none = new Paragraph("Nothing is waiting for the coordinators.");
        none.setVisible(waiting.isEmpty());
        add(new H1("ASB Case Reviews"), new Anchor("case-reviews/new", "Record an application"),
                new H2("Coordinators' queue"), none, queue, new H2("Applications"), all);
    }

    private static Grid<CaseReviewSummary> grid(String label) {
        Grid<CaseReviewSummary> grid = new Grid<>();
        grid.setAriaLabel(label);
        grid.addComponentColumn(s -> new Anchor("case-reviews/" + s.reference(), s.reference()))
                .setHeader("Reference").setAutoWidth(true);
        grid.addColumn(s -> UkDates.day(s.appliedOn())).setHeader("Applied").setAutoWidth(true);
        grid.addColumn(s -> s.applicantKind().label()).setHeader("Applicant").setAutoWidth(true);
        grid.addColumn(s -> UkDates.day(s.decisionDue())).setHeader("Decision due").setAutoWidth(true);
        grid.addColumn(CaseReviewSummary::waitingFor).setHeader("State or step");
        grid.setAllRowsVisible(true);
        return grid;
    }
}
