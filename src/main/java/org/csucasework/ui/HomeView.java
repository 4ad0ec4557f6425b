package org.csucasework.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import jakarta.annotation.security.PermitAll;

/** Each user's start page: who they are, the work areas their role opens, and their counts as they stand now. */
@Route("")
@PageTitle("Home | CSU Casework")
@Menu(order = 0, title = "Home", icon = "vaadin:home")
@PermitAll
public class HomeView extends VerticalLayout {

    public HomeView(HomeSummaryService summaries) {
        HomeSummary summary = summaries.forCurrentUser();
        add(new H1("Welcome, " + summary.fullName()));
        add(new Paragraph(summary.agencyName() + " · " + String.join(", ", summary.roleLabels())));

        add(new H2("Now"));
        Div figures = new Div();
        figures.addClassName("figure-cards");
        for (HomeSummary.Figure figure : summary.figures()) {
            Div card = new Div();
            card.addClassName("figure-card");
            Span value = new Span(String.valueOf(figure.value()));
            value.addClassName("figure-value");
            Span label = new Span(figure.label());
            label.addClassName("figure-label");
            if (figure.link() != null) {
                // The count opens the list of what it counts (the work list, the reports list).
                Anchor open = new Anchor(figure.link());
                open.add(value, label);
                open.addClassName("figure-link");
                card.add(open);
            } else {
                card.add(value, label);
            }
            figures.add(card);
        }
        add(figures);

        add(new H2("Your work areas"));
        UnorderedList areas = new UnorderedList();
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            if (!entry.path().isEmpty()) {
                areas.add(new ListItem(new Anchor(entry.path(), entry.title())));
            }
        }
        add(areas);
    }
}
