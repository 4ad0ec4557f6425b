package org.csucasework.actions.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.csucasework.actions.ActionFormat;
import org.csucasework.actions.ActionOutcomeDialog;
import org.csucasework.actions.ActionOwners;
import org.csucasework.actions.ActionService;
import org.csucasework.actions.ActionStatus;
import org.csucasework.actions.ActionView;
import org.csucasework.reference.Agency;
import org.csucasework.security.CurrentUser;
import org.csucasework.security.UserService;
import org.csucasework.shared.Role;
import org.csucasework.shared.ui.Names;
import org.csucasework.shared.ui.UkDates;

/**
 * The actions owned by the signed-in user's agency or assigned to them by name: filter, sort by due date, see what
 * is overdue, and complete an action with its outcome. What a partner officer sees is decided by the service.
 */
@Route("my-actions")
@PageTitle("My actions | CSU Casework")
@Menu(title = "My actions", order = 15, icon = "vaadin:tasks")
@RolesAllowed({Role.CASEWORKER_NAME, Role.PARTNER_NAME, Role.SUPERVISOR_NAME})
public class MyActionsView extends VerticalLayout {

    static final String OPEN_ONLY = "Open";
    static final String ALL = "All, including done and cancelled";

    private final ActionService actions;
    private final Clock clock;
    private final Names names;
    private final ActionOwners owners;
    private final boolean csuStaff;

    final TextField search = new TextField("Search");
    final RadioButtonGroup<String> show = new RadioButtonGroup<>("Show");
    final Checkbox overdueOnly = new Checkbox("Overdue only");
    final Grid<ActionView> grid = new Grid<>();
    private final Paragraph count = new Paragraph();
    private final Div announcer = new Div();
    private Grid.Column<ActionView> dueColumn;

    private List<ActionView> loaded = List.of();

    public MyActionsView(ActionService actions, UserService users, Names names, ActionOwners owners, Clock clock) {
        this.actions = actions;
        this.owners = owners;
        this.clock = clock;
        this.names = names;
        addClassName("my-actions");
        setSizeFull();

        CurrentUser user = users.requireCurrentUser();
        this.csuStaff = user.hasAny(Role.CASEWORKER, Role.SUPERVISOR);
        add(new H1("My actions"));
        add(new Paragraph("Actions for " + user.agencyName() + " and those assigned to you by name."));

        search.setHelperText("Report, agency, officer or words in the action");
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.addValueChangeListener(e -> applyFilter());
        search.setWidth("24em");
        search.setMaxWidth("100%");   // on a phone the 24em would be wider than the screen
        show.setItems(OPEN_ONLY, ALL);
        show.setValue(OPEN_ONLY);
        show.addValueChangeListener(e -> load());
        overdueOnly.addValueChangeListener(e -> applyFilter());
        HorizontalLayout filters = new HorizontalLayout(search, show, overdueOnly);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.START);
        filters.getStyle().set("flex-wrap", "wrap");
        // The row's own width is what the search box's max-width is a share of: left to its content, it grew to the
        // box's 24em and the page scrolled sideways on a phone.
        filters.setWidthFull();

        announcer.setId("my-actions-announcer");
        announcer.getElement().setAttribute("role", "status");
        announcer.getStyle().set("font-weight", "600");
        count.setId("my-actions-count");

        configureGrid();
        add(filters, announcer, count, grid);
        load();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(UkDates.ZONE));
    }

    private void configureGrid() {
        grid.setId("my-actions-grid");
        grid.setAriaLabel("My actions");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addComponentColumn(a -> ActionFormat.actionStatus(a, today())).setHeader("Status").setKey("status")
                .setAutoWidth(true).setFlexGrow(0)
                .setComparator(Comparator.comparing((ActionView a) -> ActionFormat.actionStatusText(a, today())));
        dueColumn = grid.addColumn(a -> UkDates.weekday(a.dueDate())).setHeader("Due").setKey("due")
                .setComparator(Comparator.comparing(ActionView::dueDate).thenComparing(ActionView::id))
                .setSortable(true).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(a -> ActionFormat.ownerLink(a, owners, csuStaff)).setHeader("For").setKey("report")
                .setComparator(Comparator.comparing(a -> Optional.ofNullable(a.ownerReference()).orElse("")))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(a -> names.agency(a.agencyCode())).setHeader("Agency")
                .setKey("agency").setSortable(true).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(a -> Optional.ofNullable(a.assignee()).orElse("")).setHeader("Officer").setKey("officer")
                .setSortable(true).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(ActionView::description).setHeader("What is to be done").setKey("description").setFlexGrow(1);
        grid.addColumn(a -> Optional.ofNullable(a.outcome()).orElse("")).setHeader("Outcome").setKey("outcome")
                .setFlexGrow(1);
        // Frozen at the end: on a phone the grid scrolls sideways inside itself, and the button must stay in view.
        grid.addComponentColumn(this::completeButton).setHeader("Complete").setKey("complete").setAutoWidth(true)
                .setFlexGrow(0).setFrozenToEnd(true);
        grid.sort(GridSortOrder.asc(dueColumn).build());
        grid.setEmptyStateText("No actions to show.");
        grid.setSizeFull();
    }

    private Div completeButton(ActionView action) {
        Div cell = new Div();
        if (action.status() == ActionStatus.OPEN) {
            Button complete = new Button("Complete", VaadinIcon.CHECK.create());
            complete.addThemeVariants(ButtonVariant.LUMO_SMALL);
            // The visible word starts the accessible name, which adds which action it is.
            complete.getElement().setAttribute("aria-label", "Complete action on " + action.ownerReference()
                    + ": " + abbreviated(action.description()));
            complete.addClickListener(e -> ActionOutcomeDialog.complete(action, names,
                    outcome -> actions.complete(action.id(), outcome), done -> {
                        load();
                        announcer.setText("Action on " + done.ownerReference() + " completed.");
                    }).open());
            cell.add(complete);
        }
        return cell;
    }

    /** Fetches the list again from the service (open only or all) and applies the filters. */
    void load() {
        loaded = actions.myActions(ALL.equals(show.getValue()));
        applyFilter();
    }

    private void applyFilter() {
        String text = Optional.ofNullable(search.getValue()).orElse("").trim().toLowerCase(Locale.UK);
        List<ActionView> shown = loaded.stream()
                .filter(a -> !overdueOnly.getValue() || a.overdue())
                .filter(a -> text.isEmpty() || matches(a, text))
                .toList();
        grid.setItems(shown);
        long overdue = shown.stream().filter(ActionView::overdue).count();
        count.setText(shown.size() + (shown.size() == 1 ? " action" : " actions") + " shown"
                + (overdue > 0 ? ", " + overdue + " overdue" : "") + ".");
    }

    private boolean matches(ActionView action, String text) {
        return Stream.of(action.ownerReference(), action.agencyCode(), names.agency(action.agencyCode()),
                        action.assignee(), action.description(), action.outcome())
                .filter(value -> value != null)
                .anyMatch(value -> value.toLowerCase(Locale.UK).contains(text));
    }

    private static String abbreviated(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "...";
    }
}
