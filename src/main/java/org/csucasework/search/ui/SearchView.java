package org.csucasework.search.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.csucasework.search.CaseType;
import org.csucasework.search.SearchHit;
import org.csucasework.search.SearchQuery;
import org.csucasework.search.SearchService;
import org.csucasework.shared.ValidationException;

/**
 * The search results page, opened by the box on every page ({@code /search?q=...}): each case found with what it is,
 * why it matched and a link to it, best first. The service shows only what the user may see.
 */
@Route("search")
@PageTitle("Search | CSU Casework")
@PermitAll
public class SearchView extends VerticalLayout implements BeforeEnterObserver {

    static final String ALL_KINDS = "All kinds of case";

    private final SearchService search;

    final TextField query = new TextField("Search cases");
    final Select<String> kind = new Select<>();
    final Button go = new Button("Search");
    final Paragraph summary = new Paragraph();
    final OrderedList results = new OrderedList();

    public SearchView(SearchService search) {
        this.search = search;
        addClassName("search-page");
        add(new H1("Search"));
        query.setHelperText("A reference, a person's name or surname, a place, or words of the description");
        query.setMaxLength(SearchQuery.MAX_LENGTH);
        query.setClearButtonVisible(true);
        query.setWidth("28em");
        Map<String, String> kinds = new LinkedHashMap<>();
        kinds.put(ALL_KINDS, "");
        for (CaseType type : CaseType.values()) {
            kinds.put(type.label(), type.name());
        }
        kind.setLabel("Kind of case");
        kind.setItems(List.copyOf(kinds.keySet()));
        kind.setValue(ALL_KINDS);
        go.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        go.addClickListener(e -> navigate(kinds.get(kind.getValue())));
        query.addKeyPressListener(Key.ENTER, e -> navigate(kinds.get(kind.getValue())));
        HorizontalLayout form = new HorizontalLayout(query, kind, go);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);
        summary.getElement().setAttribute("role", "status");
        results.addClassName("search-results");
        add(form, summary, results);
    }

    private void navigate(String type) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("q", query.getValue());
        if (type != null && !type.isEmpty()) {
            params.put("type", type);
        }
        getUI().ifPresent(ui -> ui.navigate("search", QueryParameters.simple(params)));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> params = event.getLocation().getQueryParameters().getParameters();
        String text = params.getOrDefault("q", List.of("")).stream().findFirst().orElse("");
        String type = params.getOrDefault("type", List.of("")).stream().findFirst().orElse("");
        query.setValue(text);
        for (CaseType t : CaseType.values()) {
            if (t.name().equals(type)) {
                kind.setValue(t.label());
            }
        }
        show(text, type);
    }

    private void show(String text, String type) {
        results.removeAll();
        query.setInvalid(false);
        if (text.isBlank()) {
            summary.setText("Type what you are looking for and press Enter.");
            return;
        }
        List<SearchHit> hits;
        try {
            hits = search.search(text, type, null);
        } catch (ValidationException e) {
            query.setErrorMessage(e.errors().get(0).message());
            query.setInvalid(true);
            summary.setText("Nothing searched: " + e.errors().get(0).message());
            return;
        }
        summary.setText(hits.isEmpty() ? "Nothing found for \u201c" + text + "\u201d that you may see."
                : hits.size() + (hits.size() == 1 ? " case" : " cases") + " found for \u201c" + text + "\u201d"
                + (hits.size() == SearchQuery.DEFAULT_LIMIT ? " (the best " + hits.size() + ")" : "") + ".");
        for (SearchHit hit : hits) {
            Anchor link = new Anchor(hit.url(), hit.title());
            link.addClassName("search-hit-title");
            Span type1 = new Span(hit.type().label());
            type1.addClassName("search-hit-type");
            Div snippet = new Div(hit.snippet());
            snippet.addClassName("search-hit-snippet");
            ListItem item = new ListItem(link, new Span(" "), type1, snippet);
            item.addClassName("search-hit");
            results.add(item);
        }
    }
}
