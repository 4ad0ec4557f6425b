package org.csucasework.actions;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.data.renderer.TextRenderer;
import com.vaadin.flow.function.ValueProvider;
import java.util.function.Function;
import org.csucasework.shared.ui.Names;
import org.csucasework.shared.ui.UkDates;

/**
 * The one list of a case's actions, on every case's page (a report, a Task and Finish Group's action plan, a
 * Community MARAC case and its meeting): the agency by name, what is to be done, the due date in UK form with
 * "Overdue" marked, the status and the outcome, in the same order everywhere. A page adds the named officer's column
 * and its own buttons ("Work") where it offers them. Every row is shown: a case has a handful of actions.
 */
public class ActionsGrid extends Grid<ActionView> {

    private final Column<ActionView> officer;

    public ActionsGrid(String ariaLabel, Names names) {
        addClassName("actions-grid");
        setAriaLabel(ariaLabel);
        setAllRowsVisible(true);
        addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        addColumn(a -> names.agency(a.agencyCode())).setHeader("Agency").setKey("agency").setFlexGrow(1);
        officer = addColumn(a -> a.assignee() == null ? "" : a.assignee()).setHeader("Officer").setKey("officer")
                .setAutoWidth(true);
        officer.setVisible(false);
        addColumn(ActionView::description).setHeader("Action").setKey("description").setFlexGrow(3);
        addComponentColumn(ActionsGrid::dueCell).setHeader("Due").setKey("due").setAutoWidth(true);
        addColumn(a -> a.status().label()).setHeader("Status").setKey("status").setAutoWidth(true);
        addColumn(a -> a.outcome() == null ? "" : a.outcome()).setHeader("Outcome").setKey("outcome").setFlexGrow(2);
    }

    /** Shows the named officer, by name ({@code nameOf}: a username to the person's name). */
    public ActionsGrid withOfficers(Function<String, String> nameOf) {
        officer.setRenderer(new TextRenderer<>(a -> a.assignee() == null ? "" : nameOf.apply(a.assignee())));
        officer.setVisible(true);
        return this;
    }

    /** The page's buttons for each action (complete, cancel), in a last column. */
    public ActionsGrid withWork(ValueProvider<ActionView, Component> buttons) {
        addComponentColumn(buttons).setHeader("Work").setKey("work").setAutoWidth(true);
        return this;
    }

    /** How many actions are overdue, for the sentence above the list. */
    public long overdue() {
        return getDataProvider().fetch(new Query<>()).filter(ActionView::overdue).count();
    }

    private static Component dueCell(ActionView action) {
        Span cell = new Span(action.dueDate() == null ? "" : UkDates.day(action.dueDate()));
        if (action.overdue()) {
            Span overdue = new Span("Overdue");
            overdue.getElement().getThemeList().add("badge error");
            // Styled here as well: the theme's badge styles are not loaded on every page.
            overdue.getStyle().set("margin-inline-start", "0.5em").set("background", "var(--lumo-error-color-10pct)")
                    .set("color", "var(--lumo-error-text-color)").set("border-radius", "var(--lumo-border-radius-m)")
                    .set("padding", "0.2em 0.6em").set("font-size", "var(--lumo-font-size-s)")
                    .set("font-weight", "600").set("display", "inline-block");
            cell.add(overdue);
        }
        return cell;
    }
}
