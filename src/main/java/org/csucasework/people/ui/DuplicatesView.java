package org.csucasework.people.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import org.csucasework.people.DuplicatePair;
import org.csucasework.people.DuplicatesService;
import org.csucasework.people.Person;
import org.csucasework.people.PersonMerge;
import org.csucasework.shared.FieldErrors;
import org.csucasework.shared.Role;
import org.csucasework.shared.ValidationException;
import org.csucasework.shared.ui.Notices;
import org.csucasework.shared.ui.UkDates;

/**
 * The supervisors' duplicates review (issue 16, decision 0020): pairs of records that look alike, side by side with
 * what matches and what does not; merging keeps one record and moves everything of the other to it, with a reason,
 * and the last merge can be undone here. A name (any part of it) narrows the pairs.
 */
@Route("people/duplicates")
@PageTitle("Possible duplicate people | CSU Casework")
@Menu(title = "Duplicate people", order = 36, icon = "vaadin:copy")
@RolesAllowed(Role.SUPERVISOR_NAME)
public class DuplicatesView extends VerticalLayout {

    private final DuplicatesService duplicates;

    final TextField name = new TextField("Name, or any part of it");
    final Button search = new Button("Show pairs");
    final Div pairs = new Div();
    final Button undo = new Button("Undo the last merge");
    private PersonMerge lastMerge;

    public DuplicatesView(DuplicatesService duplicates) {
        this.duplicates = duplicates;
        addClassName("duplicates-review");
        setMaxWidth("70em");
        name.setClearButtonVisible(true);
        name.setMaxLength(200);
        search.addClickListener(e -> load());
        search.addClickShortcut(com.vaadin.flow.component.Key.ENTER).listenOn(name);
        undo.setVisible(false);
        undo.addClickListener(e -> undoLastMerge());
        HorizontalLayout filter = new HorizontalLayout(name, search, undo);
        filter.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filter.getStyle().set("flex-wrap", "wrap");
        pairs.setWidthFull();
        add(new H1("Possible duplicate people"),
                new Paragraph("Records that look like one person: the same name or one a few letters apart, and no "
                        + "different date of birth. Keep one record to move every report, case, referral and history "
                        + "entry of the other to it. A merge is recorded with its reason and can be undone."),
                filter, pairs);
        load();
    }

    void load() {
        pairs.removeAll();
        List<DuplicatePair> found = duplicates.likelyPairs(name.getValue());
        if (found.isEmpty()) {
            pairs.add(new Paragraph(name.getValue().isBlank() ? "No records look alike."
                    : "No records that look alike have a name containing \u201c" + name.getValue().trim() + "\u201d."));
            return;
        }
        for (DuplicatePair pair : found) {
            pairs.add(pairSection(pair));
        }
    }

    private Section pairSection(DuplicatePair pair) {
        Section section = new Section();
        section.addClassName("duplicate-pair");
        section.getStyle().set("border-top", "1px solid var(--lumo-contrast-20pct)").set("padding-top", "var(--lumo-space-s)");
        H2 heading = new H2(pair.first().getFullName() + " and " + pair.second().getFullName());
        heading.getStyle().set("font-size", "var(--lumo-font-size-l)");
        Paragraph compared = new Paragraph("Matches: " + String.join(", ", pair.matching()) + "."
                + (pair.differing().isEmpty() ? "" : " Does not match: " + String.join(", ", pair.differing()) + "."));
        HorizontalLayout sides = new HorizontalLayout(side("First record", pair.first(), pair.second(), pair),
                side("Second record", pair.second(), pair.first(), pair));
        sides.getStyle().set("flex-wrap", "wrap");
        sides.setWidthFull();
        section.add(heading, compared, sides);
        return section;
    }

    private Component side(String title, Person person, Person other, DuplicatePair pair) {
        DescriptionList details = new DescriptionList();
        term(details, "Name", person.getFullName());
        term(details, "Date of birth", person.getDateOfBirth() == null ? "Not recorded"
                : UkDates.day(person.getDateOfBirth()));
        term(details, "Address", orNotRecorded(person.getAddress()));
        term(details, "Phone", orNotRecorded(person.getPhone()));
        term(details, "E-mail", orNotRecorded(person.getEmail()));
        term(details, "Recorded on", UkDates.day(UkDates.dayOf(person.getCreatedAt())));
        String lower = title.toLowerCase(java.util.Locale.UK);
        Button keep = new Button("Keep the " + lower, e -> confirmMerge(person, other));
        keep.setAriaLabel("Keep the " + lower + " of " + person.getFullName() + " and merge the other into it");
        keep.addClassName("keep-record");
        Div side = new Div(new H3(title), details, keep);
        side.addClassName("duplicate-side");
        side.getStyle().set("flex", "1 1 20em").set("min-width", "0");
        return side;
    }

    private void confirmMerge(Person kept, Person merged) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Merge two records of " + kept.getFullName());
        TextArea reason = new TextArea("Why these are the same person");
        reason.setRequiredIndicatorVisible(true);
        reason.setMaxLength(DuplicatesService.REASON_LENGTH);
        reason.setWidthFull();
        reason.setHelperText("For example: same address and phone; confirmed with the reporter");
        Map<String, HasValidation> fields = Map.of("reason", reason);
        dialog.add(new Paragraph("The record recorded on " + UkDates.day(UkDates.dayOf(kept.getCreatedAt()))
                + " is kept; everything of the record recorded on " + UkDates.day(UkDates.dayOf(merged.getCreatedAt()))
                + " moves to it."), reason);
        Button merge = new Button("Merge", e -> {
            try {
                lastMerge = duplicates.merge(kept.getId(), merged.getId(), reason.getValue());
                dialog.close();
                Notices.success("Merged: one record of " + kept.getFullName() + " now holds everything of both.");
                undo.setVisible(true);
                load();
            } catch (ValidationException refused) {
                Notices.refused(FieldErrors.show(refused.errors(), fields));
            }
        });
        merge.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), merge);
        dialog.open();
        reason.focus();
    }

    private void undoLastMerge() {
        if (lastMerge == null) {
            return;
        }
        try {
            duplicates.undo(lastMerge.getId());
            Notices.success("The merge is undone: both records are in use again, each with what it had.");
        } catch (ValidationException refused) {
            Notices.error(Notices.messages(refused.errors()));
        }
        lastMerge = null;
        undo.setVisible(false);
        load();
    }

    private static String orNotRecorded(String value) {
        return value == null || value.isBlank() ? "Not recorded" : value;
    }

    private static void term(DescriptionList list, String term, String description) {
        DescriptionList.Term dt = new DescriptionList.Term(term);
        dt.getStyle().set("font-weight", "600");
        DescriptionList.Description dd = new DescriptionList.Description(description);
        dd.getStyle().set("margin", "0");
        list.add(dt, dd);
        list.getStyle().set("display", "grid").set("grid-template-columns", "minmax(7em, max-content) 1fr")
                .set("gap", "var(--lumo-space-xs) var(--lumo-space-m)").set("margin", "0 0 var(--lumo-space-s)");
    }
}
