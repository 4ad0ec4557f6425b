package org.csucasework.casehistory;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;


import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.csucasework.shared.ui.UkDates;
import org.csucasework.shared.ui.Notices;
import org.csucasework.shared.ui.Names;
import org.csucasework.shared.FieldError;
import org.csucasework.shared.FieldErrors;
import org.csucasework.shared.NotFoundException;
import org.csucasework.shared.ValidationException;

/**
 * A case's one history, newest first, with the form to add a note or a contact (and to correct a note): the same
 * component on the report, group, escalation and MARAC pages. Dates are UK dates in UK time, people by name, kinds
 * in words. Everything goes through {@link CaseHistory}, which asks the case's module whether the user may see it.
 */
public class CaseHistoryPanel extends VerticalLayout {

    static final ZoneId ZONE = ZoneId.of("Europe/London");

    private final CaseHistory history;
    private final CaseDocuments documents;
    private final CaseRef ref;
    private final String caseName;
    private final Grid<HistoryItem> grid = new Grid<>();
    private final TextArea text = new TextArea("Case note");
    private final Checkbox isContact = new Checkbox("This note records a contact with the reporter or victim");
    private final TextField contactWith = new TextField("Contact with");
    private final Select<ContactMethod> contactMethod = new Select<>();
    private final DateTimePicker contactAt = new DateTimePicker("When the contact was made");
    private final TextArea contactOutcome = new TextArea("Outcome of the contact");
    private final Div correcting = new Div();
    private final Button save = new Button("Add note");
    private List<HistoryItem> items = List.of();
    private HistoryItem corrected;

    /**
     * @param caseName the case as the page names it ("report CSU-2026-000123"), for labels read out by screen readers
     */
    public CaseHistoryPanel(CaseHistory history, CaseRef ref, String caseName) {
        this(history, null, ref, caseName);
    }

    /** With {@code documents}, the panel also attaches documents and offers each one's download in the list. */
    public CaseHistoryPanel(CaseHistory history, CaseDocuments documents, CaseRef ref, String caseName) {
        this.history = history;
        this.documents = documents;
        this.ref = ref;
        this.caseName = caseName;
        addClassName("case-history");
        setPadding(false);
        setWidthFull();
        // Analysts and administrators read a case's history but write nothing into it (the service refuses them).
        if (history.mayWrite()) {
            add(noteForm());
            if (documents != null) {
                add(new CaseDocumentsForm(documents, ref, this::refresh));
            }
        }
        add(grid());
        refresh();
    }

    /** Reads the history again (after something was added elsewhere on the page). */
    public void refresh() {
        try {
            items = history.history(ref);
        } catch (NotFoundException e) {
            items = List.of();
        }
        grid.setItems(items);
    }

    /** The entries shown, newest first. */
    public List<HistoryItem> items() {
        return items;
    }

    private Component noteForm() {
        H3 heading = new H3("Add a note");
        text.setWidthFull();
        text.setMaxLength(HistoryFieldLimits.TEXT);
        text.setHelperText("Notes are never changed. To put one right, choose Correct beside it.");
        text.setRequiredIndicatorVisible(true);
        text.setId("history-note-text");
        contactWith.setMaxLength(HistoryFieldLimits.CONTACT_WITH);
        contactWith.setHelperText("For example: the reporter, Mrs Shah");
        contactMethod.setLabel("How");
        contactMethod.setItems(ContactMethod.values());
        contactMethod.setItemLabelGenerator(ContactMethod::label);
        contactOutcome.setMaxLength(HistoryFieldLimits.CONTACT_OUTCOME);
        contactOutcome.setWidthFull();
        contactAt.setLocale(Locale.UK);
        contactAt.setHelperText("Leave empty for now");
        contactAt.setDatePlaceholder("dd/mm/yyyy");
        HorizontalLayout contactRow = new HorizontalLayout(contactWith, contactMethod, contactAt);
        contactRow.getStyle().set("flex-wrap", "wrap");
        VerticalLayout contactFields = new VerticalLayout(contactRow, contactOutcome);
        contactFields.setPadding(false);
        contactFields.setVisible(false);
        isContact.addValueChangeListener(e -> contactFields.setVisible(e.getValue()));
        correcting.setVisible(false);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        VerticalLayout form = new VerticalLayout(heading, correcting, text, isContact, contactFields, save);
        form.setPadding(false);
        form.setSpacing(false);
        form.addClassName("history-note-form");
        return form;
    }

    private Component grid() {
        grid.addClassName("history-grid");
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_NO_BORDER);
        grid.setAriaLabel("History of " + caseName + ", newest first");
        grid.addColumn(item -> UkDates.MOMENT.format(item.at())).setHeader("When").setKey("when").setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(item -> item.kind().label()).setHeader("Kind").setKey("kind").setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(HistoryItem::actorName).setHeader("Who").setKey("who").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::whatCell).setHeader("What").setKey("what").setFlexGrow(3);
        grid.addComponentColumn(this::correctButton).setHeader("Open or correct").setKey("correct").setAutoWidth(true)
                .setFlexGrow(0);
        return grid;
    }

    private Component whatCell(HistoryItem item) {
        Div cell = new Div();
        cell.getStyle().set("white-space", "pre-wrap");
        cell.add(new Text(describe(item)));
        if (item.kind() == EntryKind.CONTACT) {
            Paragraph contact = new Paragraph("Contact with " + item.contactWith() + " by "
                    + (item.contactMethod() == null ? "" : item.contactMethod().label().toLowerCase(Locale.UK))
                    + ". Outcome: " + item.contactOutcome());
            contact.getStyle().set("margin", "0");
            cell.add(contact);
        }
        if (item.corrects() != null) {
            cell.add(note("Corrects the note of " + earlier(item.corrects()).map(i -> UkDates.MOMENT.format(i.at()))
                    .orElse("earlier")));
        }
        if (item.correctedBy() != null) {
            cell.add(note("Corrected by a later note"));
        }
        return cell;
    }

    private static Span note(String text) {
        Span span = new Span(text);
        span.getStyle().set("display", "block").set("font-style", "italic")
                .set("color", "var(--lumo-secondary-text-color)");
        return span;
    }

    private Component correctButton(HistoryItem item) {
        if (item.kind() == EntryKind.DOCUMENT && documents != null && item.documentId() != null) {
            return CaseDocumentsForm.downloadLink(documents, item.documentId(),
                    "Download the document attached on " + UkDates.MOMENT.format(item.at()));
        }
        if (item.kind() != EntryKind.NOTE && item.kind() != EntryKind.CONTACT) {
            return new Span();
        }
        Button correct = new Button("Correct");
        correct.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        correct.setAriaLabel("Correct the note of " + UkDates.MOMENT.format(item.at()));
        correct.addClickListener(e -> startCorrecting(item));
        return correct;
    }

    private void startCorrecting(HistoryItem item) {
        corrected = item;
        correcting.removeAll();
        Button stop = new Button("Not a correction", e -> stopCorrecting());
        stop.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        HorizontalLayout line = new HorizontalLayout(new Span("Correcting the note of " + UkDates.MOMENT.format(item.at())
                + " by " + item.actorName() + ": \"" + abbreviate(item.text()) + "\""), stop);
        line.setAlignItems(FlexComponent.Alignment.CENTER);
        correcting.add(line);
        correcting.setVisible(true);
        save.setText("Add correction");
        text.focus();
    }

    private void stopCorrecting() {
        corrected = null;
        correcting.removeAll();
        correcting.setVisible(false);
        save.setText("Add note");
    }

    private void save() {
        NewNote.Contact contact = null;
        if (isContact.getValue()) {
            LocalDateTime at = contactAt.getValue();
            contact = new NewNote.Contact(contactWith.getValue(), contactMethod.getValue(), contactOutcome.getValue(),
                    at == null ? null : at.atZone(ZONE).toInstant());
        }
        try {
            history.addNote(ref, new NewNote(text.getValue(), contact, corrected == null ? null : corrected.id()));
        } catch (ValidationException e) {
            List<FieldError> elsewhere = FieldErrors.show(e.errors(), fields());
            if (!elsewhere.isEmpty()) {
                problem(elsewhere.get(0).message());
            }
            return;
        } catch (NotFoundException e) {
            problem("You can no longer see this case.");
            return;
        }
        FieldErrors.clear(fields());
        text.clear();
        isContact.clear();
        contactWith.clear();
        contactMethod.clear();
        contactAt.clear();
        contactOutcome.clear();
        boolean wasCorrection = corrected != null;
        stopCorrecting();
        refresh();
        Notices.success(wasCorrection ? "Correction added to the history." : "Note added to the history.");
    }

    private Map<String, com.vaadin.flow.component.HasValidation> fields() {
        Map<String, com.vaadin.flow.component.HasValidation> fields = new LinkedHashMap<>();
        fields.put("text", text);
        fields.put("contact.with", contactWith);
        fields.put("contact.method", contactMethod);
        fields.put("contact.outcome", contactOutcome);
        fields.put("contact.at", contactAt);
        return fields;
    }

    private static void problem(String message) {
        Notices.error(message);
    }

    private Optional<HistoryItem> earlier(Long id) {
        return items.stream().filter(i -> i.id().equals(id)).findFirst();
    }

    /** What an entry says: its text, or for an entry without text its code in words ("CASE_OPENED": "Case opened"). */
    static String describe(HistoryItem item) {
        if (item.text() != null && !item.text().isBlank()) {
            return item.text();
        }
        return Names.spelt(item.code());
    }

    private static String abbreviate(String value) {
        if (value == null) {
            return "";
        }
        return value.length() <= 80 ? value : value.substring(0, 77) + "...";
    }
}
