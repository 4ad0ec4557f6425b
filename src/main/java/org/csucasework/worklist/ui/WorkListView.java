package org.csucasework.worklist.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.List;
import org.csucasework.shared.ui.UkDates;
import org.csucasework.worklist.WorkItem;
import org.csucasework.worklist.WorkListService;

/**
 * Everything waiting for the signed-in user, their agency or their role, on one page: process steps and approvals,
 * contacts due with reporters, actions. Overdue first; each item links to its case. The home page's counts open it.
 */
@Route("work-list")
@PageTitle("Work list | CSU Casework")
@Menu(title = "Work list", order = 5, icon = "vaadin:list")
@PermitAll
public class WorkListView extends VerticalLayout implements BeforeEnterObserver {

    static final String EVERYTHING = "Everything";

    final Select<String> show = new Select<>();
    final Grid<WorkItem> grid = new Grid<>();
    final Paragraph count = new Paragraph();
    private final WorkListService workList;
    private List<WorkItem> items = List.of();

    public WorkListView(WorkListService workList) {
        addClassName("work-list");
        setSizeFull();
        add(new H1("Work list"));
        add(new Paragraph("What is waiting for you, your agency or your role. Overdue work comes first."));
        this.workList = workList;
        List<String> kinds = new ArrayList<>(List.of(EVERYTHING));
        for (WorkItem.Kind kind : WorkItem.Kind.values()) {
            kinds.add(kind.label());
        }
        show.setLabel("Show");
        show.setItems(kinds);
        show.setValue(EVERYTHING);
        show.addValueChangeListener(e -> refresh());
        grid.addColumn(item -> item.kind().label()).setHeader("Kind").setAutoWidth(true);
        grid.addColumn(WorkItem::what).setHeader("What to do").setFlexGrow(2);
        grid.addColumn(LitRenderer.<WorkItem>of("<a href=\"${item.url}\">${item.caseKind} ${item.reference}</a>")
                .withProperty("url", WorkItem::url).withProperty("caseKind", WorkItem::caseKind)
                .withProperty("reference", WorkItem::reference)).setHeader("Case").setAutoWidth(true);
        grid.addColumn(item -> item.due() == null ? "" : UkDates.DAY.format(item.due()) + (item.overdue() ? " (overdue)" : ""))
                .setHeader("Due").setAutoWidth(true);
        grid.addColumn(item -> item.note() == null ? "" : item.note()).setHeader("Note").setFlexGrow(1);
        grid.setClassNameGenerator(item -> item.overdue() ? "overdue" : null);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAriaLabel("Work waiting for you");
        count.getElement().setAttribute("role", "status");
        add(show, count, grid);
    }

    /** Read on every visit, also when the user comes back to the page: work comes and goes. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        items = workList.forCurrentUser();
        refresh();
    }

    private void refresh() {
        List<WorkItem> shown = items.stream()
                .filter(item -> EVERYTHING.equals(show.getValue()) || item.kind().label().equals(show.getValue()))
                .toList();
        grid.setItems(shown);
        long overdue = shown.stream().filter(WorkItem::overdue).count();
        count.setText(shown.size() + (shown.size() == 1 ? " item" : " items") + ", " + overdue + " overdue");
    }
}
