package org.csucasework.taskgroups.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.csucasework.shared.Role;
import org.csucasework.reference.Agency;
import org.csucasework.shared.ui.Names;
import org.csucasework.shared.ui.UkDates;
import org.csucasework.taskgroups.GroupFilter;
import org.csucasework.taskgroups.GroupStatus;
import org.csucasework.taskgroups.GroupSummary;
import org.csucasework.taskgroups.TaskGroupService;

/**
 * The Task and Finish Groups the user may see: open, proposed, closed or all, filtered by place, person, lead and
 * member agency. What a partner officer sees is decided by the service.
 */
@Route("task-groups")
@PageTitle("Task and Finish Groups | CSU Casework")
@Menu(title = "Task and Finish Groups", order = 30, icon = "vaadin:group")
@RolesAllowed({Role.CASEWORKER_NAME, Role.SUPERVISOR_NAME, Role.PARTNER_NAME, Role.ANALYST_NAME, Role.ADMIN_NAME})
public class TaskGroupsView extends VerticalLayout {

    private final Names names;

    static final String OPEN = "Open and proposed";
    static final String CLOSED = "Closed and declined";
    static final String ALL = "All";

    private final TaskGroupService groups;

    final Select<String> show = new Select<>();
    final TextField place = new TextField("Place");
    final TextField person = new TextField("Person");
    final ComboBox<String> lead = new ComboBox<>("Lead officer");
    final ComboBox<String> agency = new ComboBox<>("Member agency");
    final Grid<GroupSummary> grid = new Grid<>();
    private final Paragraph count = new Paragraph();

    public TaskGroupsView(TaskGroupService groups, Names names) {
        this.groups = groups;
        this.names = names;
        addClassName("task-groups");
        setSizeFull();

        Button propose = new Button("Propose a group", e -> getUI().ifPresent(ui -> ui.navigate(ProposeGroupView.class)));
        propose.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout header = new HorizontalLayout(new H1("Task and Finish Groups"), propose);
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);

        show.setLabel("Show");
        show.setItems(OPEN, CLOSED, ALL);
        show.setValue(OPEN);
        show.addValueChangeListener(e -> load());
        for (TextField field : List.of(place, person)) {
            field.setClearButtonVisible(true);
            field.setValueChangeMode(ValueChangeMode.LAZY);
            field.addValueChangeListener(e -> load());
        }
        place.setPlaceholder("Part of the address or name");
        person.setPlaceholder("Part of the name");
        Map<String, String> officers = new LinkedHashMap<>();
        groups.leadCandidates().forEach(o -> officers.put(o.username(), o.label()));
        lead.setItems(officers.keySet());
        lead.setItemLabelGenerator(u -> officers.getOrDefault(u, u));
        lead.setClearButtonVisible(true);
        lead.addValueChangeListener(e -> load());
        agency.setItems(groups.agencies().stream().map(Agency::getCode).toList());
        agency.setItemLabelGenerator(names::agency);
        agency.setClearButtonVisible(true);
        agency.addValueChangeListener(e -> load());
        HorizontalLayout filters = new HorizontalLayout(show, place, person, lead, agency);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.END);
        filters.getStyle().set("flex-wrap", "wrap");

        grid.setId("task-groups-grid");
        grid.setAriaLabel("Task and Finish Groups");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addComponentColumn(g -> GroupFormat.groupLink(g.reference())).setHeader("Group").setKey("reference")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(GroupSummary::title).setHeader("Title").setKey("title").setFlexGrow(2);
        grid.addColumn(GroupFormat::subject).setHeader("About").setKey("subject").setFlexGrow(2);
        grid.addColumn(g -> g.status().label()).setHeader("Status").setKey("status").setAutoWidth(true);
        grid.addColumn(g -> g.leadName() == null ? "Not chosen yet" : g.leadName()).setHeader("Lead").setKey("lead");
        grid.addColumn(g -> names.agencies(g.memberAgencies())).setHeader("Members").setKey("members")
                .setFlexGrow(2);
        grid.addColumn(g -> UkDates.moment(g.proposedAt())).setHeader("Proposed").setKey("proposed")
                .setAutoWidth(true);
        count.setId("task-groups-count");
        count.getElement().setAttribute("role", "status");

        add(header, filters, count, grid);
        load();
    }

    void load() {
        Set<GroupStatus> statuses = switch (show.getValue()) {
            case OPEN -> EnumSet.of(GroupStatus.PROPOSED, GroupStatus.OPEN);
            case CLOSED -> EnumSet.of(GroupStatus.CLOSED, GroupStatus.DECLINED);
            default -> EnumSet.noneOf(GroupStatus.class);
        };
        List<GroupSummary> found = groups.list(new GroupFilter(statuses, place.getValue(), person.getValue(),
                lead.getValue(), agency.getValue()));
        grid.setItems(found);
        count.setText(found.size() + (found.size() == 1 ? " group" : " groups"));
    }
}
