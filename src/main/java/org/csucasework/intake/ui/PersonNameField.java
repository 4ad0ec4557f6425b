package org.csucasework.intake.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.Setter;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.function.SerializableFunction;
import com.vaadin.flow.function.ValueProvider;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.csucasework.people.PeopleFieldLimits;
import org.csucasework.shared.ui.UkDates;

/**
 * The name of a person on the report form (the reporter, each person involved): a person on record is chosen from
 * suggestions and reads differently from a typed name, so that a typed name is never linked to a record unasked.
 */
final class PersonNameField {

    private PersonNameField() {
    }

    /** "John Smith" as typed; "John Smith (on record, born 1 Jan 1980)" for a person chosen from the record. */
    static String personLabel(PersonOption person) {
        if (!person.onRecord()) {
            return person.fullName();
        }
        return person.fullName() + " (on record" + (person.dateOfBirth() == null ? ""
                : ", born " + UkDates.day(person.dateOfBirth())) + ")";
    }

    /**
     * A name field: with suggestions of people on record when the user may look people up (pick one to link them,
     * or press Enter to keep what was typed), a plain text field otherwise ({@code peopleSuggestions} null).
     */
    static Component create(String label, Function<String, List<PersonOption>> peopleSuggestions,
                            Consumer<PersonOption> chosen) {
        if (peopleSuggestions == null) {
            TextField field = new TextField(label);
            field.setMaxLength(PeopleFieldLimits.NAME);
            return field;
        }
        ComboBox<PersonOption> field = new ComboBox<>(label);
        field.setAllowCustomValue(true);
        field.setItems(query -> peopleSuggestions.apply(query.getFilter().orElse("")).stream()
                .skip(query.getOffset()).limit(query.getLimit()));
        // A record on file reads differently from a typed name, so that Enter on a name that is also on record keeps
        // what was typed (a new record, with the match offered) instead of linking that record unasked (issue 16).
        field.setItemLabelGenerator(PersonNameField::personLabel);
        field.setRenderer(LitRenderer.<PersonOption>of(
                        "<div>${item.name}<div style=\"" + ReportForm.DETAIL_STYLE + "\">${item.detail}</div></div>")
                .withProperty("name", PersonOption::fullName)
                .withProperty("detail", PersonNameField::personDetail));
        field.addCustomValueSetListener(e -> field.setValue(e.getDetail() == null || e.getDetail().isBlank()
                ? null : PersonOption.typed(e.getDetail())));
        field.addValueChangeListener(e -> {
            PersonOption person = e.getValue();
            field.setHelperText(person == null ? null : person.onRecord()
                    ? "Linked to the person on record: their history will show this report"
                    : "A new person, unless one with the same name and date of birth is on record");
            chosen.accept(person);
        });
        return field;
    }

    /** Binds either kind of name field to a person of the bean: typed text becomes a typed person. */
    @SuppressWarnings("unchecked")
    static <B> void bind(Binder<B> binder, Component field, ValueProvider<B, PersonOption> getter,
                         Setter<B, PersonOption> setter) {
        if (field instanceof TextField text) {
            SerializableFunction<String, PersonOption> toModel = value -> value == null || value.isBlank() ? null : PersonOption.typed(value);
            SerializableFunction<PersonOption, String> toPresentation = person -> person == null ? "" : person.fullName();
            binder.forField(text).withConverter(toModel, toPresentation).bind(getter, setter);
        } else {
            binder.forField((HasValue<?, PersonOption>) field).bind(getter, setter);
        }
    }

    private static String personDetail(PersonOption person) {
        List<String> parts = new ArrayList<>();
        if (person.dateOfBirth() != null) {
            parts.add("born " + UkDates.DAY.format(person.dateOfBirth()));
        }
        if (person.address() != null) {
            parts.add(person.address());
        }
        return parts.isEmpty() ? "On record" : "On record, " + String.join(", ", parts);
    }
}
