package org.csucasework.tasking.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.csucasework.actions.ActionFormat;
import org.csucasework.actions.ActionOwners;
import org.csucasework.actions.ActionService;
import org.csucasework.actions.ActionView;
import org.csucasework.actions.OverdueCount;
import org.csucasework.intake.ReportService;
import org.csucasework.intake.ReportStatus;
import org.csucasework.intake.ReportSummary;
import org.csucasework.reference.Agency;
import org.csucasework.reference.ReferenceDataService;
import org.csucasework.shared.Role;
import org.csucasework.shared.ui.UkDates;
import org.csucasework.tasking.process.ReportProcess;

/** The supervisor's overview: overdue actions by agency and by officer, and open reports by age. */
@Route("supervisor")
@PageTitle("Overview | CSU Casework")
@Menu(title = "Overview", order = 30, icon = "vaadin:dashboard")
@RolesAllowed(Role.SUPERVISOR_NAME)
public class SupervisorOverviewView extends VerticalLayout {

    /** How many open reports the age list shows, oldest first. */
    static final int OPEN_REPORTS_SHOWN = 300;

    static final String NO_OFFICER = "No named officer";

    /** Overdue figures for one agency or officer. */
    record Row(String agency, String officer, long count) {
    }

    /** Open reports in one age band. */
    record AgeBand(String band, long count) {
    }

    final Grid<Row> byAgency = new Grid<>();
    final Grid<Row> byOfficer = new Grid<>();
    final Grid<ActionView> overdueList = new Grid<>();
    final Grid<ReportSummary> openReports = new Grid<>();
    final Grid<AgeBand> ageBands = new Grid<>();

    private final ActionOwners owners;

    public SupervisorOverviewView(ActionService actions, ActionOwners owners, ReportService reports,
                                  ReferenceDataService referenceData, Clock clock) {
        this.owners = owners;
        LocalDate today = LocalDate.now(clock.withZone(ReportProcess.ZONE));
        Map<String, String> agencyNames = referenceData.activeAgencies().stream()
                .collect(Collectors.toMap(Agency::getCode, Agency::getName, (a, b) -> a));
        addClassName("supervisor-overview");
        setWidthFull();

        List<OverdueCount> counts = actions.overdueCounts();
        long overdueTotal = counts.stream().mapToLong(OverdueCount::count).sum();
        long awaiting = reports.countByStatus(ReportStatus.NEW);
        long inProgress = reports.countByStatus(ReportStatus.IN_PROGRESS);

        add(new H1("Overview"));
        Div figures = new Div(figure(overdueTotal, "Overdue actions"),
                figure(awaiting, "Reports awaiting the daily tasking"), figure(inProgress, "Reports in progress"));
        figures.addClassName("figure-cards");
        figures.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-l)");
        add(figures);

        // Overdue by agency and by officer: counted by the database.
        Map<String, Long> perAgency = new LinkedHashMap<>();
        counts.forEach(c -> perAgency.merge(c.agencyCode(), c.count(), Long::sum));
        List<Row> agencyRows = perAgency.entrySet().stream()
                .map(e -> new Row(agencyNames.getOrDefault(e.getKey(), e.getKey()), null, e.getValue()))
                .sorted(Comparator.comparingLong(Row::count).reversed().thenComparing(Row::agency))
                .toList();
        byAgency.setId("overdue-by-agency");
        byAgency.setAriaLabel("Overdue actions by agency");
        byAgency.addColumn(Row::agency).setHeader("Agency").setKey("agency").setFlexGrow(1);
        byAgency.addColumn(Row::count).setHeader("Overdue actions").setKey("count").setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true).setFlexGrow(0);
        byAgency.setItems(agencyRows);
        byAgency.setEmptyStateText("No overdue actions.");
        compact(byAgency);

        List<Row> officerRows = counts.stream()
                .map(c -> new Row(agencyNames.getOrDefault(c.agencyCode(), c.agencyCode()),
                        Optional.ofNullable(c.assignee()).orElse(NO_OFFICER), c.count()))
                .sorted(Comparator.comparingLong(Row::count).reversed().thenComparing(Row::officer)
                        .thenComparing(Row::agency))
                .toList();
        byOfficer.setId("overdue-by-officer");
        byOfficer.setAriaLabel("Overdue actions by officer");
        byOfficer.addColumn(Row::officer).setHeader("Officer").setKey("officer").setFlexGrow(1);
        byOfficer.addColumn(Row::agency).setHeader("Agency").setKey("agency").setFlexGrow(1);
        byOfficer.addColumn(Row::count).setHeader("Overdue actions").setKey("count").setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true).setFlexGrow(0);
        byOfficer.setItems(officerRows);
        byOfficer.setEmptyStateText("No overdue actions.");
        compact(byOfficer);

        List<ActionView> overdue = actions.overdue();
        overdueList.setId("overdue-actions");
        overdueList.setAriaLabel("Overdue actions");
        overdueList.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        overdueList.addComponentColumn(a -> ActionFormat.actionStatus(a, today)).setHeader("Status")
                .setKey("status").setAutoWidth(true).setFlexGrow(0);
        overdueList.addColumn(a -> UkDates.weekday(a.dueDate())).setHeader("Due").setKey("due")
                .setComparator(ActionView::dueDate).setWidth("11em").setFlexGrow(0);
        overdueList.addComponentColumn(a -> ActionFormat.ownerLink(a, owners, true)).setHeader("For").setKey("report")
                .setAutoWidth(true).setFlexGrow(0);
        overdueList.addColumn(a -> agencyNames.getOrDefault(a.agencyCode(), a.agencyCode())).setHeader("Agency")
                .setKey("agency").setSortable(true).setWidth("14em").setFlexGrow(0);
        overdueList.addColumn(a -> Optional.ofNullable(a.assignee()).orElse(NO_OFFICER)).setHeader("Officer")
                .setKey("officer").setSortable(true).setWidth("12em").setFlexGrow(0);
        overdueList.addColumn(ActionView::description).setHeader("What is to be done").setKey("description")
                .setFlexGrow(1);
        Set<Long> awaitingChase = actions.awaitingChase();
        overdueList.addComponentColumn(a -> chaseCell(a, awaitingChase, actions, agencyNames)).setHeader("Chase").setKey("chase")
                .setAutoWidth(true).setFlexGrow(0);
        overdueList.setItems(overdue);
        overdueList.setEmptyStateText("No overdue actions.");
        if (overdue.isEmpty()) {
            overdueList.setAllRowsVisible(true);
        } else {
            overdueList.setHeight("24em");
        }

        add(section("Overdue actions by agency", byAgency),
                section("Overdue actions by officer", byOfficer),
                section("Overdue actions (" + overdueTotal + ")", overdueList,
                        overdue.size() < overdueTotal ? new Paragraph("Showing the " + overdue.size()
                                + " listed first by agency and due date.") : null));

        // Open reports by age, oldest first.
        List<ReportSummary> open = reports.openOldestFirst(OPEN_REPORTS_SHOWN);
        Map<String, Long> bands = new LinkedHashMap<>();
        List.of("Up to 7 days", "8 to 28 days", "29 to 90 days", "Over 90 days").forEach(b -> bands.put(b, 0L));
        open.forEach(r -> bands.merge(band(TaskingFormat.ageInDays(r.receivedAt(), today)), 1L, Long::sum));
        ageBands.setId("open-reports-by-age-band");
        ageBands.setAriaLabel("Open reports by age band");
        ageBands.addColumn(AgeBand::band).setHeader("Age").setKey("band").setFlexGrow(1);
        ageBands.addColumn(AgeBand::count).setHeader("Open reports").setKey("count").setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true).setFlexGrow(0);
        ageBands.setItems(bands.entrySet().stream().map(e -> new AgeBand(e.getKey(), e.getValue())).toList());
        compact(ageBands);

        openReports.setId("open-reports");
        openReports.setAriaLabel("Open reports, oldest first");
        openReports.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        openReports.addComponentColumn(r -> TaskingFormat.reportLink(r.reference())).setHeader("Reference")
                .setKey("reference").setAutoWidth(true).setFlexGrow(0);
        openReports.addColumn(r -> TaskingFormat.ageInDays(r.receivedAt(), today)).setHeader("Age (days)")
                .setKey("age").setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
        openReports.addColumn(r -> UkDates.moment(r.receivedAt())).setHeader("Received").setKey("received")
                .setAutoWidth(true).setFlexGrow(0);
        openReports.addColumn(r -> r.status().label()).setHeader("Status").setKey("status").setAutoWidth(true)
                .setFlexGrow(0);
        openReports.addColumn(ReportSummary::categoryName).setHeader("Category").setKey("category");
        openReports.addColumn(ReportSummary::placeLabel).setHeader("Place").setKey("place");
        openReports.addColumn(r -> TaskingFormat.flags(r.flags())).setHeader("Flags").setKey("flags");
        openReports.setItems(open);
        openReports.setEmptyStateText("No open reports.");
        if (open.isEmpty()) {
            openReports.setAllRowsVisible(true);
        } else {
            openReports.setHeight("30em");
        }

        long openTotal = awaiting + inProgress;
        add(section("Open reports by age (" + openTotal + ")", ageBands, openReports,
                open.size() < openTotal ? new Paragraph("The bands and the list count the " + open.size()
                        + " oldest open reports.") : null));
    }

    static String band(long days) {
        if (days <= 7) {
            return "Up to 7 days";
        } else if (days <= 28) {
            return "8 to 28 days";
        } else if (days <= 90) {
            return "29 to 90 days";
        }
        return "Over 90 days";
    }

    /**
     * The process asks a supervisor to chase each overdue action; the button records that they have, which ends that
     * step, without a trip to Camunda's Tasklist.
     */
    private Component chaseCell(ActionView action, Set<Long> awaitingChase, ActionService actions,
                                Map<String, String> agencyNames) {
        if (!awaitingChase.contains(action.id())) {
            return new Span();
        }
        Button chased = new Button("Record chased");
        chased.addThemeVariants(ButtonVariant.LUMO_SMALL);
        chased.getElement().setAttribute("aria-label", "Record that the overdue action for "
                + agencyNames.getOrDefault(action.agencyCode(), action.agencyCode()) + " on "
                + action.ownerReference() + " was chased");
        Span cell = new Span(chased);
        chased.addClickListener(e -> {
            actions.recordChase(action.id(), null);
            cell.removeAll();
            Span done = new Span("Chased");
            done.getElement().setAttribute("role", "status");
            cell.add(done);
        });
        return cell;
    }

    private static Div figure(long value, String label) {
        Span number = new Span(String.valueOf(value));
        number.addClassName("figure-value");
        number.getStyle().set("font-size", "var(--lumo-font-size-xxl)").set("font-weight", "700")
                .set("display", "block");
        Span text = new Span(label);
        text.addClassName("figure-label");
        Div card = new Div(number, text);
        card.addClassName("figure-card");
        card.getStyle().set("border", "1px solid var(--lumo-contrast-50pct)")
                .set("border-radius", "var(--lumo-border-radius-l)").set("padding", "var(--lumo-space-m)")
                .set("min-width", "12em");
        return card;
    }

    private static void compact(Grid<?> grid) {
        grid.setAllRowsVisible(true);
        grid.setMaxWidth("48em");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
    }

    private static Section section(String title, Component... content) {
        Section section = new Section(new H2(title));
        for (Component component : content) {
            if (component != null) {
                section.add(component);
            }
        }
        section.setWidthFull();
        return section;
    }
}
