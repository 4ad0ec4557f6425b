package org.csucasework.intake.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.FieldSet;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.binder.Binder;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import org.csucasework.intake.SubjectRole;
import org.csucasework.shared.ui.UkDates;

/** One person involved: role, name (with suggestions where allowed), date of birth, and a button to remove. */
final class SubjectRow extends FieldSet {

    final SubjectDraft subject;
    final Select<SubjectRole> role = new Select<>();
    final Component name;
    final DatePicker dateOfBirth = UkDates.picker("Date of birth");
    final Button remove = new Button("Remove");
    final PersonMatchOffer offer;
    private final Binder<SubjectDraft> rowBinder = new Binder<>();

    SubjectRow(SubjectDraft subject, Function<String, List<PersonOption>> peopleSuggestions,
               Consumer<SubjectRow> remover, Consumer<SubjectRow> matcher) {
        super("Person");
        this.subject = subject;
        addClassName("subject-row");
        role.setLabel("Role");
        role.setItems(SubjectRole.values());
        role.setItemLabelGenerator(SubjectRole::label);
        role.setPlaceholder("Choose the role");
        role.setRequiredIndicatorVisible(true);
        name = PersonNameField.create("Name", peopleSuggestions, this::personChosen);
        offer = new PersonMatchOffer(match -> ReportForm.choose(name, match));
        ((HasValue<?, ?>) name).setRequiredIndicatorVisible(true);
        dateOfBirth.setLocale(ReportForm.LOCALE);
        dateOfBirth.setMax(LocalDate.now().plusDays(1));
        dateOfBirth.setHelperText("If known");
        Stream.of(role, name, dateOfBirth).forEach(ReportForm::manualValidation);
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        remove.addClickListener(e -> remover.accept(this));

        rowBinder.forField(role).bind(SubjectDraft::getRole, SubjectDraft::setRole);
        PersonNameField.bind(rowBinder, name, SubjectDraft::getPerson, SubjectDraft::setPerson);
        rowBinder.forField(dateOfBirth).bind(SubjectDraft::getDateOfBirth, SubjectDraft::setDateOfBirth);
        rowBinder.setBean(subject);

        FormLayout fields = new FormLayout(role, name, dateOfBirth);
        fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 3));
        HorizontalLayout line = new HorizontalLayout(fields, remove);
        line.setAlignItems(FlexComponent.Alignment.BASELINE);
        line.setFlexGrow(1, fields);
        line.setWidthFull();
        ((HasValue<?, ?>) name).addValueChangeListener(e -> matcher.accept(this));
        dateOfBirth.addValueChangeListener(e -> matcher.accept(this));
        setContent(new Div(line, offer));
        setLegendText("Person");   // after the content, which would drop it
        ReportForm.style(this);
        getStyle().set("margin-bottom", "var(--lumo-space-s)");
    }

    void number(int number) {
        setLegendText("Person " + number);
        remove.setAriaLabel("Remove person " + number);
    }

    Component field(String name) {
        return switch (name) {
            case "role" -> role;
            case "name", "fullName", "personId" -> this.name;
            case "dateOfBirth" -> dateOfBirth;
            default -> this.name;
        };
    }

    private void personChosen(PersonOption person) {
        if (person != null && person.onRecord() && dateOfBirth.isEmpty() && person.dateOfBirth() != null) {
            dateOfBirth.setValue(person.dateOfBirth());
        }
    }
}
