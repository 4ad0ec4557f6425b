package org.csucasework.tasking.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.csucasework.actions.ActionFormat;
import org.csucasework.actions.ActionOwners;
import org.csucasework.actions.ActionView;
import org.csucasework.intake.ReportSummary;
import org.csucasework.shared.ui.Names;
import org.csucasework.shared.ui.UkDates;
import org.csucasework.tasking.Agenda;

/**
 * The second half of the daily tasking agenda: the actions due by the meeting's day and overdue, one list per agency
 * (each links to the report or group the action is for), and the open reports with flags. Two sections of the
 * meeting's page, refreshed with the agenda.
 */
class DueAndFlagged {

    private final Names names;
    private final ActionOwners owners;
    private final H3 dueHeading = new H3();
    private final Div dueByAgency = new Div();
    private final H3 flaggedHeading = new H3();
    private final Grid<ReportSummary> flagged = new Grid<>();
    final Section due;
    final Section flags;

    /** For CSU staff, who run the meeting: every action's record is theirs to open. */
    DueAndFlagged(Names names, ActionOwners owners) {
        this.names = names;
        this.owners = owners;
        dueByAgency.setId("due-by-agency");
        dueByAgency.setWidthFull();
        due = new Section(dueHeading, dueByAgency);
        due.setWidthFull();

        flagged.setId("flagged-reports");
        flagged.setAriaLabel("Flagged reports");
        flagged.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        flagged.addColumn(TaskingFormat.reportLinkRenderer(ReportSummary::reference)).setHeader("Reference")
                .setKey("reference").setAutoWidth(true).setFlexGrow(0);
        flagged.addColumn(r -> UkDates.moment(r.receivedAt())).setHeader("Received").setKey("received")
                .setAutoWidth(true).setFlexGrow(0);
        flagged.addColumn(ReportSummary::categoryName).setHeader("Category").setKey("category");
        flagged.addColumn(ReportSummary::placeLabel).setHeader("Place").setKey("place");
        flagged.addColumn(r -> TaskingFormat.flags(r.flags())).setHeader("Flags").setKey("flags");
        flagged.addColumn(r -> r.status().label()).setHeader("Status").setKey("status").setAutoWidth(true)
                .setFlexGrow(0);
        flagged.setAllRowsVisible(true);
        flagged.setEmptyStateText("No open reports are flagged.");
        flags = new Section(flaggedHeading, flagged);
        flags.setWidthFull();
    }

    void show(Agenda agenda, LocalDate day) {
        int dueCount = agenda.actionsByAgency().values().stream().mapToInt(List::size).sum();
        dueHeading.setText("Actions due by " + UkDates.weekday(day) + " and overdue, by agency (" + dueCount + ")");
        dueByAgency.removeAll();
        if (agenda.actionsByAgency().isEmpty()) {
            dueByAgency.add(new Paragraph("No open actions are due or overdue."));
        }
        agenda.actionsByAgency().forEach((code, actions) -> dueByAgency.add(agencyDue(code, actions, day)));

        flaggedHeading.setText("Flagged reports (" + agenda.flagged().size() + ")");
        flagged.setItems(agenda.flagged());
    }

    private Div agencyDue(String agencyCode, List<ActionView> actions, LocalDate day) {
        long overdue = actions.stream().filter(ActionView::overdue).count();
        String agency = names.agency(agencyCode);
        H4 heading = new H4(agency + ": " + actions.size() + (actions.size() == 1 ? " action" : " actions")
                + (overdue > 0 ? ", " + overdue + " overdue" : ""));
        Grid<ActionView> grid = new Grid<>();
        grid.setAriaLabel("Actions due for " + agency);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(ActionFormat.actionStatusRenderer(day)).setHeader("Status").setKey("status")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(a -> UkDates.weekday(a.dueDate())).setHeader("Due").setKey("due").setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(ActionFormat.ownerLinkRenderer(owners, true)).setHeader("For")
                .setKey("report").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(ActionView::description).setHeader("What is to be done").setKey("description").setFlexGrow(1);
        grid.addColumn(a -> Optional.ofNullable(a.assignee()).orElse("")).setHeader("Officer").setKey("officer")
                .setAutoWidth(true).setFlexGrow(0).setTextAlign(ColumnTextAlign.START);
        grid.setItems(actions);
        grid.setAllRowsVisible(true);
        Div block = new Div(heading, grid);
        block.setId("due-" + agencyCode);
        block.addClassName("agency-due");
        return block;
    }
}
