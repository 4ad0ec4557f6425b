package org.csucasework.intake.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.csucasework.people.PersonMatch;

/**
 * "Is this the same person?": under a name typed on the report form, the people on record who may be that person,
 * each with what matches and what does not, and a button to link the report to that record. Choosing none leaves the
 * report with a new record (decision 0020): nothing is linked or copied without the user's choice.
 */
final class PersonMatchOffer extends Div {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    private final Consumer<PersonMatch> chosen;

    PersonMatchOffer(Consumer<PersonMatch> chosen) {
        this.chosen = chosen;
        addClassName("person-match-offer");
        getElement().setAttribute("role", "region");
        getElement().setAttribute("aria-live", "polite");
        getStyle().set("border-left", "4px solid var(--lumo-primary-color)").set("padding", "0 var(--lumo-space-m)")
                .set("background", "var(--lumo-primary-color-10pct)").set("margin", "var(--lumo-space-s) 0")
                .set("box-sizing", "border-box").set("width", "100%");
        setVisible(false);
    }

    /** Shows the offers for the name typed, or nothing when there are none. */
    void show(String typedName, List<PersonMatch> matches) {
        show(typedName, matches, java.util.Map.of());
    }

    /** As above, each person offered with what their reports mark them as. */
    void show(String typedName, List<PersonMatch> matches,
              java.util.Map<Long, java.util.Set<org.csucasework.intake.PersonMarker>> markers) {
        removeAll();
        if (matches == null || matches.isEmpty()) {
            setVisible(false);
            getElement().removeAttribute("aria-label");
            return;
        }
        getElement().setAttribute("aria-label", "Is this the same person as " + typedName + "?");
        Paragraph question = new Paragraph();
        Span ask = new Span("Is this the same person? ");
        ask.getStyle().set("font-weight", "600");
        question.add(ask);
        question.add("People on record who may be " + typedName + ". Choose one to link this report to their record;"
                + " otherwise a new record is made.");
        UnorderedList list = new UnorderedList();
        list.getStyle().set("padding-left", "var(--lumo-space-m)");
        for (PersonMatch match : matches) {
            list.add(offer(match, markers.getOrDefault(match.personId(), java.util.Set.of())));
        }
        // Saying so is what the offer asks for; it changes nothing (a new record is made unless one is chosen), and
        // closes the offer so that the form reads on.
        Button different = new Button("A different person", e -> setVisible(false));
        different.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        different.setAriaLabel("A different person: keep " + typedName + " as a new record");
        different.addClassName("different-person");
        add(question, list, different);
        setVisible(true);
    }

    private ListItem offer(PersonMatch match, java.util.Set<org.csucasework.intake.PersonMarker> markers) {
        String who = match.fullName() + (match.dateOfBirth() == null ? "" : ", born " + DAY.format(match.dateOfBirth()));
        Span name = new Span(who);
        name.getStyle().set("font-weight", "600");
        Span agrees = new Span("Matches: " + String.join(", ", match.matching()) + ".");
        Span differs = new Span(match.differing().isEmpty() ? "" : " Does not match: "
                + String.join(", ", match.differing()) + ".");
        Button use = new Button("Same person", e -> chosen.accept(match));
        use.addThemeVariants(ButtonVariant.LUMO_SMALL);
        use.setAriaLabel("Same person: link this report to " + who);
        use.addClassName("same-person");
        ListItem item = new ListItem(name, new PersonMarkerBadges(markers), new Span(" "), agrees, differs, new Span(" "), use);
        item.getStyle().set("margin-bottom", "var(--lumo-space-xs)");
        return item;
    }
}
