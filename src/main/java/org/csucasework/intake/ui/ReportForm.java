package org.csucasework.intake.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.FieldSet;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.shared.Registration;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.csucasework.shared.ui.Names;
import org.csucasework.intake.ReportFieldLimits;
import org.csucasework.people.PeopleFieldLimits;
import org.csucasework.people.PersonDetails;
import org.csucasework.people.PersonMatch;
import org.csucasework.reference.Agency;
import org.csucasework.reference.Category;
import org.csucasework.reference.Ward;
import org.csucasework.shared.FieldError;
import org.csucasework.shared.ui.UkDates;

/**
 * The form for logging a report. A plain component: it gets its choices and suggestion look-ups from whoever creates
 * it, edits a {@link ReportDraft} through a binder, and fires a {@link SaveEvent}; the owner saves the draft and
 * answers with {@link #showErrors} (each error at its field, with the service's field names such as
 * {@code reporter.phone} or {@code subjects[1].role}) or {@link #showProblem}. Nothing typed is ever cleared by an
 * error. The save button disables itself on click, so a double click sends one save.
 */
public class ReportForm extends Composite<VerticalLayout> {

    static final Locale LOCALE = Locale.UK;
    static final String DETAIL_STYLE =
            "font-size: var(--lumo-font-size-s); color: var(--lumo-secondary-text-color)";
    private static final Pattern SUBJECT_FIELD = Pattern.compile("subjects\\[(\\d+)]\\.(\\w+)");

    private final ReportDraft draft;
    private final Function<String, List<PersonOption>> peopleSuggestions;
    private final Binder<ReportDraft> binder = new Binder<>();

    private final ErrorSummary errorSummary = new ErrorSummary();
    private final DateTimePicker receivedAt = UkDates.uk(new DateTimePicker("Date and time received"));
    private final DatePicker incidentDate = UkDates.picker("Date the behaviour happened");
    private final ComboBox<Category> category = new ComboBox<>("Category");
    private final ComboBox<PlaceOption> place = new ComboBox<>("Place");
    private final ComboBox<Ward> ward = new ComboBox<>("Ward");
    private final ComboBox<Agency> sourceAgency = new ComboBox<>("Reported to or through");
    private final Checkbox anonymous = new Checkbox("The reporter wishes to stay anonymous");
    private final FieldSet reporterSection;
    private final Component reporterName;
    private final TextField reporterPhone = new TextField("Reporter's phone");
    private final EmailField reporterEmail = new EmailField("Reporter's e-mail");
    private final Div subjectRows = new Div();
    private final List<SubjectRow> rows = new ArrayList<>();
    private final Button addSubject = new Button("Add a person involved", VaadinIcon.PLUS.create());
    private final TextArea description = new TextArea("What was reported");
    private final Button save = new Button("Log report");
    private final Button cancel = new Button("Cancel");
    // "Is this the same person?" (issue 16): offers under typed names, when the owner gives a way to find them
    private Function<PersonDetails, List<PersonMatch>> matchFinder;
    private Function<java.util.Collection<Long>, java.util.Map<Long, java.util.Set<org.csucasework.intake.PersonMarker>>>
            markerFinder = ids -> java.util.Map.of();
    private RiskAssessmentSection riskSection;
    private final PersonMatchOffer reporterOffer = new PersonMatchOffer(match -> choose(reporterNameField(), match));

    /**
     * @param placeSuggestions  places on record matching the text typed
     * @param peopleSuggestions people on record matching the text typed, or null where the user may not look people
     *                          up (partner officers): then names are typed only
     */
    public ReportForm(ReportDraft draft, List<Category> categories, List<Ward> wards, List<Agency> agencies,
                      Function<String, List<PlaceOption>> placeSuggestions,
                      Function<String, List<PersonOption>> peopleSuggestions) {
        this.draft = Objects.requireNonNull(draft);
        this.peopleSuggestions = peopleSuggestions;
        VerticalLayout content = getContent();
        content.setPadding(false);
        content.addClassName("report-form");

        receivedAt.setLocale(LOCALE);
        receivedAt.setStep(Duration.ofMinutes(15));
        receivedAt.setRequiredIndicatorVisible(true);
        receivedAt.setHelperText("When the report reached the CSU or the partner, in UK time");
        incidentDate.setLocale(LOCALE);
        incidentDate.setHelperText("Leave empty if it happened on the day received (it decides ASB Case Review counts)");

        category.setItems((item, filter) -> categoryLabel(item).toLowerCase(LOCALE)
                .contains(filter.toLowerCase(LOCALE)), sortedCategories(categories));
        category.setItemLabelGenerator(ReportForm::categoryLabel);
        category.setRequiredIndicatorVisible(true);
        category.setHelperText("Type to filter, for example \"noise\" or \"graffiti\"");

        place.setAllowCustomValue(true);
        place.setItems(query -> placeSuggestions.apply(query.getFilter().orElse("")).stream()
                .skip(query.getOffset()).limit(query.getLimit()));
        place.setItemLabelGenerator(PlaceOption::label);
        place.setRenderer(LitRenderer.<PlaceOption>of(
                        "<div>${item.label}<div style=\"" + DETAIL_STYLE + "\">${item.detail}</div></div>")
                .withProperty("label", PlaceOption::label)
                .withProperty("detail", p -> p.wardName() == null ? "On record" : "On record, " + p.wardName() + " ward"));
        place.addCustomValueSetListener(e -> place.setValue(e.getDetail() == null || e.getDetail().isBlank()
                ? null : PlaceOption.typed(e.getDetail())));
        place.addValueChangeListener(e -> placeChosen(e.getValue()));
        place.setRequiredIndicatorVisible(true);
        place.setHelperText(PLACE_HELP);

        ward.setItems(wards);
        ward.setItemLabelGenerator(Ward::getName);
        ward.setHelperText("Filled in from a place on record; choose it for a new place");

        sourceAgency.setItems(agencies);
        sourceAgency.setItemLabelGenerator(Agency::getName);
        sourceAgency.setRequiredIndicatorVisible(true);


        reporterName = PersonNameField.create("Reporter's name", peopleSuggestions, this::reporterChosen);
        ((HasValue<?, ?>) reporterName).setRequiredIndicatorVisible(true);
        reporterPhone.setMaxLength(PeopleFieldLimits.PHONE);
        // Either contact is enough, so neither carries the required dot: both say so in words instead.
        reporterPhone.setHelperText(CONTACT_HELP);
        reporterEmail.setMaxLength(PeopleFieldLimits.EMAIL);
        reporterEmail.setHelperText(CONTACT_HELP);
        FormLayout reporterFields = new FormLayout(reporterName, reporterPhone, reporterEmail);
        reporterFields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 3));
        reporterSection = fieldSet("Reporter", new Div(reporterFields, reporterOffer));
        ((HasValue<?, ?>) reporterName).addValueChangeListener(e -> offerReporterMatches());
        reporterPhone.addValueChangeListener(e -> offerReporterMatches());
        reporterEmail.addValueChangeListener(e -> offerReporterMatches());
        anonymous.addValueChangeListener(e -> reporterSection.setVisible(!Boolean.TRUE.equals(e.getValue())));

        addSubject.addClickListener(e -> {
            SubjectRow row = addSubjectRow(new SubjectDraft());
            row.role.focus();
        });

        description.setMaxLength(ReportFieldLimits.DESCRIPTION);
        description.setRequiredIndicatorVisible(true);
        description.setValueChangeMode(ValueChangeMode.LAZY);
        description.setMinHeight("8em");
        description.setWidthFull();
        description.addValueChangeListener(e -> updateCounter());

        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setDisableOnClick(true);
        save.addClickListener(e -> {
            clearErrors();
            // Everything as typed, even what a field's own check refuses (a malformed e-mail): the binder writes only
            // values its validators accept, so a refused value would silently keep its old one. The service checks
            // it all and the summary then names exactly what it refused.
            binder.writeBeanAsDraft(draft, true);
            fireEvent(new SaveEvent(this, draft));
        });
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        cancel.addClickListener(e -> fireEvent(new CancelEvent(this)));

        Stream.of(receivedAt, incidentDate, category, place, ward, sourceAgency, anonymous, reporterPhone, reporterEmail, description)
                .forEach(ReportForm::manualValidation);
        manualValidation(reporterName);

        bind();
        for (SubjectDraft subject : draft.getSubjects()) {
            addSubjectRow(subject);
        }
        reporterSection.setVisible(!draft.isAnonymous());
        updateCounter();

        FormLayout what = new FormLayout(receivedAt, incidentDate, category, place, ward, sourceAgency);
        what.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        what.setColspan(place, 2);
        FieldSet whatSection = fieldSet("What, when and where", what);

        Paragraph peopleHelp = new Paragraph("Victims, complainants, alleged perpetrators and witnesses."
                + (peopleSuggestions == null ? "" : " People on record are suggested as you type a name."));
        peopleHelp.addClassName("form-help");
        FieldSet peopleSection = fieldSet("People involved", new Div(peopleHelp, subjectRows, addSubject));

        HorizontalLayout buttons = new HorizontalLayout(save, cancel);
        buttons.setAlignItems(FlexComponent.Alignment.BASELINE);

        content.add(errorSummary, whatSection, new Div(anonymous), reporterSection, peopleSection, description, buttons);
    }

    static final String CONTACT_HELP = "Required: a phone number or an e-mail address (or both), so the reporter "
            + "can be told the outcome";

    private static final String PLACE_HELP = "Type an address or the name of a place: places on record are "
            + "suggested. Pick one to link it, or press Enter to record what you typed as a new place.";

    private void bind() {
        binder.forField(receivedAt).bind(ReportDraft::getReceivedAt, ReportDraft::setReceivedAt);
        binder.forField(incidentDate).bind(ReportDraft::getIncidentDate, ReportDraft::setIncidentDate);
        binder.forField(category).bind(ReportDraft::getCategory, ReportDraft::setCategory);
        binder.forField(place).bind(ReportDraft::getPlace, ReportDraft::setPlace);
        binder.forField(ward).bind(ReportDraft::getWard, ReportDraft::setWard);
        binder.forField(sourceAgency).bind(ReportDraft::getSourceAgency, ReportDraft::setSourceAgency);
        binder.forField(anonymous).bind(ReportDraft::isAnonymous, ReportDraft::setAnonymous);
        PersonNameField.bind(binder, reporterName, ReportDraft::getReporter, ReportDraft::setReporter);
        binder.forField(reporterPhone).bind(ReportDraft::getReporterPhone, ReportDraft::setReporterPhone);
        binder.forField(reporterEmail).bind(ReportDraft::getReporterEmail, ReportDraft::setReporterEmail);
        binder.forField(description).bind(ReportDraft::getDescription, ReportDraft::setDescription);
        binder.setBean(draft);
    }

    // Events

    /** The user asked to save the draft; the button stays disabled until {@link #showErrors} or {@link #showProblem}. */
    public static class SaveEvent extends ComponentEvent<ReportForm> {
        private final ReportDraft draft;

        SaveEvent(ReportForm source, ReportDraft draft) {
            super(source, false);
            this.draft = draft;
        }

        public ReportDraft getDraft() {
            return draft;
        }
    }

    /** The user gave up on the report. */
    public static class CancelEvent extends ComponentEvent<ReportForm> {
        CancelEvent(ReportForm source) {
            super(source, false);
        }
    }

    public Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    public Registration addCancelListener(ComponentEventListener<CancelEvent> listener) {
        return addListener(CancelEvent.class, listener);
    }

    public ReportDraft getDraft() {
        return draft;
    }

    // Answers from the owner

    /**
     * Shows each error at its field (and all of them in a summary at the top), moves the focus to the first field at
     * fault and lets the user save again. Errors for fields the form does not have are shown in the summary only.
     */
    public void showErrors(List<FieldError> errors) {
        clearErrors();
        Map<Component, String> atFields = new LinkedHashMap<>();
        List<ErrorSummary.Problem> problems = new ArrayList<>();
        for (FieldError error : errors) {
            Component field = fieldFor(error.field());
            if (field != null) {
                atFields.merge(field, error.message(), (a, b) -> a + " " + b);
            }
            problems.add(new ErrorSummary.Problem(field,
                    (field == null ? "" : labelOf(field) + ": ") + error.message()));
        }
        atFields.forEach((field, message) -> {
            HasValidation validation = (HasValidation) field;
            validation.setErrorMessage(message);
            validation.setInvalid(true);
        });
        errorSummary.show(problems);
        save.setEnabled(true);
        orderedFields().filter(atFields::containsKey).findFirst()
                .ifPresent(field -> ((Focusable<?>) field).focus());
    }

    /** Shows a problem that is not about one field (a lost connection, a refusal) and lets the user try again. */
    public void showProblem(String message) {
        clearErrors();
        errorSummary.showProblem("The report was not logged", message);
        save.setEnabled(true);
    }

    private void clearErrors() {
        errorSummary.clear();
        orderedFields().forEach(field -> {
            HasValidation validation = (HasValidation) field;
            validation.setInvalid(false);
            validation.setErrorMessage(null);
        });
    }

    /** The component showing the service's field name, or null. Subjects are counted over the rows sent. */
    Component fieldFor(String name) {
        if (name == null) {
            return null;
        }
        Matcher subject = SUBJECT_FIELD.matcher(name);
        if (subject.matches()) {
            List<SubjectDraft> sent = draft.filledSubjects();
            int index = Integer.parseInt(subject.group(1));
            if (index >= sent.size()) {
                return null;
            }
            SubjectRow row = rows.stream().filter(r -> r.subject == sent.get(index)).findFirst().orElse(null);
            return row == null ? null : row.field(subject.group(2));
        }
        return switch (name) {
            case "receivedAt" -> receivedAt;
            case "incidentDate" -> incidentDate;
            case "categoryCode" -> category;
            case "placeId", "location" -> place;
            case "wardCode" -> ward;
            case "sourceAgencyCode" -> sourceAgency;
            case "anonymous" -> anonymous;
            case "reporter", "reporter.name", "reporter.fullName", "reporter.personId" -> reporterName;
            case "reporter.phone" -> reporterPhone;
            case "reporter.email" -> reporterEmail;
            case "description" -> description;
            default -> null;
        };
    }

    private Stream<Component> orderedFields() {
        Stream<Component> top = Stream.of(receivedAt, incidentDate, category, place, ward, sourceAgency, anonymous, reporterName,
                reporterPhone, reporterEmail);
        Stream<Component> people = rows.stream().flatMap(r -> Stream.of(r.role, r.name, r.dateOfBirth));
        return Stream.concat(Stream.concat(top, people), Stream.of(description));
    }

    private String labelOf(Component field) {
        String label = field instanceof HasLabel hasLabel ? hasLabel.getLabel() : null;
        for (int i = 0; i < rows.size(); i++) {
            SubjectRow row = rows.get(i);
            if (field == row.role || field == row.name || field == row.dateOfBirth) {
                return "Person " + (i + 1) + ", " + (label == null ? "" : label.toLowerCase(LOCALE));
            }
        }
        return label == null ? "" : label;
    }

    // Possible matches ("is this the same person?")

    /**
     * Offers, under each name typed, the people on record who may be that person (CSU staff only: the owner passes
     * nothing for users who may not look people up). Choosing one links the record; otherwise a new one is made.
     */
    /**
     * How the offer learns what the people it offers are marked as (repeat victim, possible hate incident), by person
     * id: a match is a person on record, and every screen showing a person says so (DESIGN.md 4.7).
     */
    public void setMarkerFinder(Function<java.util.Collection<Long>,
            java.util.Map<Long, java.util.Set<org.csucasework.intake.PersonMarker>>> markerFinder) {
        this.markerFinder = markerFinder;
    }

    public void setMatchFinder(Function<PersonDetails, List<PersonMatch>> matchFinder) {
        this.matchFinder = matchFinder;
    }

    /** Adds the victim risk assessment (its own section, before the description) with these questions. */
    public void setRiskQuestions(List<org.csucasework.reference.RiskQuestion> questions) {
        if (riskSection != null || questions.isEmpty()) {
            return;
        }
        riskSection = new RiskAssessmentSection(questions, draft);
        VerticalLayout content = getContent();
        content.addComponentAtIndex(content.indexOf(description), fieldSet("Victim risk assessment", riskSection));
    }

    private void offerReporterMatches() {
        offerMatches(reporterOffer, reporterName, null, reporterPhone.getValue(), reporterEmail.getValue());
    }

    private void offerMatches(PersonMatchOffer offer, Component nameField, LocalDate dateOfBirth, String phone,
                              String email) {
        if (matchFinder == null || !(nameField instanceof ComboBox<?> combo)) {
            return;
        }
        PersonOption person = (PersonOption) combo.getValue();
        if (person == null || person.onRecord() || isBlank(person.fullName())) {
            offer.show(null, List.of());
            return;
        }
        List<PersonMatch> matches = matchFinder.apply(
                new PersonDetails(null, person.fullName(), dateOfBirth, phone, email, null));
        offer.show(person.fullName(), matches, matches.isEmpty() ? java.util.Map.of()
                : markerFinder.apply(matches.stream().map(PersonMatch::personId).toList()));
    }

    @SuppressWarnings("unchecked")
    static void choose(Component nameField, PersonMatch match) {
        ComboBox<PersonOption> combo = (ComboBox<PersonOption>) nameField;
        combo.setValue(new PersonOption(match.personId(), match.fullName(), match.dateOfBirth(), null, null, null));
        combo.focus();
    }

    // Behaviour

    private void placeChosen(PlaceOption chosen) {
        if (chosen == null) {
            place.setHelperText(PLACE_HELP);
            return;
        }
        if (chosen.onRecord()) {
            place.setHelperText("Linked to the place on record: its history will show this report");
            if (chosen.wardCode() != null) {
                ward.getListDataView().getItems().filter(w -> w.getCode().equals(chosen.wardCode())).findFirst()
                        .ifPresent(ward::setValue);
            }
        } else {
            place.setHelperText("A new place, unless one with the same address is on record: choose its ward below");
        }
    }

    private void reporterChosen(PersonOption person) {
        if (person != null && person.onRecord()) {
            if (isBlank(reporterPhone.getValue()) && person.phone() != null) {
                reporterPhone.setValue(person.phone());
            }
            if (isBlank(reporterEmail.getValue()) && person.email() != null) {
                reporterEmail.setValue(person.email());
            }
        }
    }

    private void updateCounter() {
        int length = description.getValue() == null ? 0 : description.getValue().length();
        description.setHelperText(length + " of " + ReportFieldLimits.DESCRIPTION + " characters");
    }

    private SubjectRow addSubjectRow(SubjectDraft subject) {
        if (!draft.getSubjects().contains(subject)) {
            draft.getSubjects().add(subject);
        }
        SubjectRow row = new SubjectRow(subject, peopleSuggestions, this::removeSubjectRow,
                r -> offerMatches(r.offer, r.name, r.dateOfBirth.getValue(), null, null));
        rows.add(row);
        subjectRows.add(row);
        renumber();
        return row;
    }

    private void removeSubjectRow(SubjectRow row) {
        rows.remove(row);
        subjectRows.remove(row);
        draft.getSubjects().remove(row.subject);
        renumber();
        addSubject.focus();
    }

    private void renumber() {
        for (int i = 0; i < rows.size(); i++) {
            rows.get(i).number(i + 1);
        }
    }

    /** A group of fields with its legend, as assistive technology announces it; styled to match Lumo. */
    static FieldSet fieldSet(String legend, Component content) {
        FieldSet fieldSet = new FieldSet();
        fieldSet.setContent(content);
        // After the content: FieldSet.setContent drops a legend set before it (Vaadin 24.9).
        fieldSet.setLegendText(legend);
        style(fieldSet);
        return fieldSet;
    }

    static void style(FieldSet fieldSet) {
        fieldSet.getStyle().set("border", "1px solid var(--lumo-contrast-30pct)")
                .set("border-radius", "var(--lumo-border-radius-l)").set("padding", "var(--lumo-space-s) var(--lumo-space-m)")
                .set("margin", "0").set("width", "100%").set("box-sizing", "border-box");
        fieldSet.getLegend().getStyle().set("font-weight", "600").set("padding", "0 var(--lumo-space-xs)");
    }

    /** The service is the judge of the input: the fields' own checks must not clear its messages on blur. */
    static void manualValidation(Component field) {
        if (field instanceof HasValidation validation) {
            validation.setManualValidation(true);
        }
    }

    static String categoryLabel(Category category) {
        return groupLabel(category.getGroup()) + ": " + category.getName();
    }

    private static String groupLabel(String group) {
        return group == null || group.isBlank() ? "Other" : Names.categoryGroup(group);
    }

    private static List<Category> sortedCategories(List<Category> categories) {
        return categories.stream()
                .sorted(Comparator.comparing((Category c) -> groupLabel(c.getGroup())).thenComparing(Category::getName))
                .toList();
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    // For tests in this package: the fields by what they are.
    DateTimePicker receivedAtField() { return receivedAt; }
    DatePicker incidentDateField() { return incidentDate; }
    ComboBox<Category> categoryField() { return category; }
    ComboBox<PlaceOption> placeField() { return place; }
    ComboBox<Ward> wardField() { return ward; }
    ComboBox<Agency> sourceAgencyField() { return sourceAgency; }
    Checkbox anonymousField() { return anonymous; }
    Component reporterNameField() { return reporterName; }
    TextField reporterPhoneField() { return reporterPhone; }
    EmailField reporterEmailField() { return reporterEmail; }
    TextArea descriptionField() { return description; }
    Button saveButton() { return save; }
    Button addSubjectButton() { return addSubject; }
    List<SubjectRow> subjectRows() { return List.copyOf(rows); }
    Div errorSummary() { return errorSummary; }

}
