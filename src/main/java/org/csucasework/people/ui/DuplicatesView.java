package org.csucasework.people.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
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
import org.csucasework.people.PersonFacts;
import org.csucasework.people.PersonMerge;
import org.csucasework.shared.FieldErrors;
import org.csucasework.shared.Role;
import org.csucasework.shared.ValidationException;
import org.csucasework.shared.ui.Notices;
import org.csucasework.shared.ui.UkDates;

/**
 * The supervisors' duplicates review (issue 16, decision 0020): pairs of records that look alike, side by side with
 * what matches and what does not, and what each person's reports mark them as; merging keeps one record and moves
 * everything of the other to it, with a reason; splitting moves the chosen reports of a record that mixes two people
 * to a new record. Every merge or split not yet undone is listed (who, when, why) and can be undone here, not only the
 * last. A name (any part of it) narrows the pairs.
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
    final Div changes = new Div();
    private Map<Long, List<PersonFacts.Marker>> markers = Map.of();

    public DuplicatesView(DuplicatesService duplicates) {
        this.duplicates = duplicates;
        addClassName("duplicates-review");
        setMaxWidth("70em");
        name.setClearButtonVisible(true);
        name.setMaxLength(200);
        search.addClickListener(e -> load());
        search.addClickShortcut(com.vaadin.flow.component.Key.ENTER).listenOn(name);
        changes.addClassName("recent-changes");
        HorizontalLayout filter = new HorizontalLayout(name, search);
        filter.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filter.getStyle().set("flex-wrap", "wrap");
        pairs.setWidthFull();
        add(new H1("Possible duplicate people"),
                new Paragraph("Records that look like one person: the same name or one a few letters apart, and no "
                        + "different date of birth. Keep one record to move every report, case, referral and history "
                        + "entry of the other to it; split a record that mixes two people by moving some of its "
                        + "reports to a new record. Each is recorded with its reason and can be undone below."),
                filter, pairs, new H2("Merges and splits that can be undone"), changes);
        load();
    }

    /** Every merge or split not undone yet, newest first, each with who did it, when and why, and its undo. */
    void loadChanges() {
        changes.removeAll();
        List<DuplicatesService.RecentChange> undoable = duplicates.undoable();
        if (undoable.isEmpty()) {
            changes.add(new Paragraph("None: no merge or split is waiting to be undone."));
            return;
        }
        for (DuplicatesService.RecentChange change : undoable) {
            Paragraph what = new Paragraph(describe(change));
            Button undo = new Button("Undo", e -> undo(change));
            undo.addClassName("undo-change");
            undo.setAriaLabel("Undo: " + describe(change));
            HorizontalLayout row = new HorizontalLayout(what, undo);
            row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
            row.addClassName("recent-change");
            changes.add(row);
        }
    }

    static String describe(DuplicatesService.RecentChange change) {
        String done = UkDates.moment(change.doneAt()) + " by " + change.doneBy() + ": “" + change.reason()
                + "”";
        return change.kind() == PersonMerge.Kind.MERGE
                ? "Merged " + recorded(change.from()) + " into " + recorded(change.to()) + ", " + done
                : "Split reports off " + recorded(change.from()) + " to a new record, " + done;
    }

    private static String recorded(Person person) {
        return person == null ? "a record no longer held" : person.getFullName() + " (recorded "
                + UkDates.day(UkDates.dayOf(person.getCreatedAt())) + ")";
    }

    private void undo(DuplicatesService.RecentChange change) {
        try {
            duplicates.undo(change.id());
            Notices.success(change.kind() == PersonMerge.Kind.MERGE
                    ? "The merge is undone: both records are in use again, each with what it had."
                    : "The split is undone: the reports are back on the record they came from.");
        } catch (ValidationException refused) {
            Notices.error(Notices.messages(refused.errors()));
        }
        load();
    }

    void load() {
        pairs.removeAll();
        loadChanges();
        List<DuplicatePair> found = duplicates.likelyPairs(name.getValue());
        markers = duplicates.markersOf(found.stream().flatMap(pair -> java.util.stream.Stream.of(pair.first().getId(),
                pair.second().getId())).toList());
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
        Button split = new Button("Split reports off", e -> confirmSplit(person));
        split.setAriaLabel("Split reports off the " + lower + " of " + person.getFullName() + " to a new record");
        split.addClassName("split-record");
        split.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout buttons = new HorizontalLayout(keep, split);
        buttons.getStyle().set("flex-wrap", "wrap");
        Div side = new Div(new H3(title), marked(person), details, buttons);
        side.addClassName("duplicate-side");
        side.getStyle().set("flex", "1 1 20em").set("min-width", "0");
        return side;
    }

    /** The person's markers as text badges; intake's badge component is not ours to use (it depends on us). */
    private Component marked(Person person) {
        Div badges = new Div();
        badges.addClassName("person-markers");
        for (PersonFacts.Marker marker : markers.getOrDefault(person.getId(), List.of())) {
            Span badge = new Span(marker.label());
            badge.addClassName("person-marker");
            badge.getElement().setAttribute("title", marker.explanation());
            // As intake's badges look: Lumo's error text on its tint (at least 4.5:1), said in words.
            badge.getStyle().set("background", "var(--lumo-error-color-10pct)")
                    .set("color", "var(--lumo-error-text-color)").set("border-radius", "var(--lumo-border-radius-m)")
                    .set("padding", "0.2em 0.6em").set("font-size", "var(--lumo-font-size-s)")
                    .set("font-weight", "600").set("margin-inline-end", "var(--lumo-space-xs)");
            badges.add(badge, new Span(new com.vaadin.flow.component.Text(" ")));
        }
        badges.setVisible(badges.getComponentCount() > 0);
        return badges;
    }

    /** Choose which of the record's reports are about someone else, and why; they move to a new record. */
    private void confirmSplit(Person person) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Split the record of " + person.getFullName());
        CheckboxGroup<PersonFacts.PersonReport> reports = new CheckboxGroup<>("Reports about the other person");
        reports.addThemeVariants(com.vaadin.flow.component.checkbox.CheckboxGroupVariant.LUMO_VERTICAL);
        reports.setItems(duplicates.reportsOf(person.getId()));
        reports.setItemLabelGenerator(r -> r.reference() + ", received " + UkDates.day(UkDates.dayOf(r.receivedAt()))
                + ", " + r.categoryName() + " (" + r.roles() + ")");
        reports.setRequiredIndicatorVisible(true);
        TextArea reason = new TextArea("Why these reports are about another person");
        reason.setRequiredIndicatorVisible(true);
        reason.setMaxLength(DuplicatesService.REASON_LENGTH);
        reason.setWidthFull();
        reason.setHelperText("For example: a different date of birth given in these reports");
        Map<String, HasValidation> fields = Map.of("reportIds", reports, "reason", reason);
        dialog.add(new Paragraph("The reports chosen move to a new record of " + person.getFullName()
                + " (with no contact details: those stay with the record recorded on "
                + UkDates.day(UkDates.dayOf(person.getCreatedAt())) + ")."), reports, reason);
        Button split = new Button("Split", e -> {
            try {
                duplicates.split(person.getId(), reports.getValue().stream().map(PersonFacts.PersonReport::reportId)
                        .toList(), reason.getValue());
                dialog.close();
                Notices.success("Split: the " + reports.getValue().size() + " reports chosen are on a new record of "
                        + person.getFullName() + ".");
                load();
            } catch (ValidationException refused) {
                Notices.refused(FieldErrors.show(refused.errors(), fields));
            }
        });
        split.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), split);
        dialog.open();
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
                duplicates.merge(kept.getId(), merged.getId(), reason.getValue());
                dialog.close();
                Notices.success("Merged: one record of " + kept.getFullName() + " now holds everything of both.");
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
