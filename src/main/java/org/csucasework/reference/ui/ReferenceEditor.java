package org.csucasework.reference.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasHelper;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;


import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanPropertySet;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.PropertySet;
import com.vaadin.flow.data.binder.RequiredFieldConfigurator;
import com.vaadin.flow.function.ValueProvider;
import jakarta.validation.constraints.NotBlank;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.csucasework.shared.ui.Notices;
import org.csucasework.reference.ReferenceDataService;
import org.csucasework.reference.ReferenceEntity;
import org.csucasework.reference.ReferenceType;
import org.csucasework.shared.ConflictException;
import org.csucasework.shared.FieldError;
import org.csucasework.shared.ValidationException;

/**
 * Lists one kind of reference record and edits it in a form built from {@link ReferenceField}s.
 *
 * <p>The form checks the entity's Bean Validation rules as the administrator types, but the service decides: what it
 * refuses (a duplicate code, say) is shown at the field it names, with everything typed left in place. The form never
 * writes into the record the grid shows: each save sends a fresh copy, so a refused or conflicting save cannot leave
 * the grid displaying values that were never stored.
 */
class ReferenceEditor<T extends ReferenceEntity> extends VerticalLayout {

    private final ReferenceDataService referenceData;
    private final ReferenceType<T> type;
    private final String recordName;
    private final boolean singleRecord;
    private final Grid<T> grid;
    private final BeanValidationBinder<T> binder;
    /** The inputs by entity property, in form order: the service names a field by its property. */
    private final Map<String, Component> inputs = new LinkedHashMap<>();
    private final VerticalLayout form = new VerticalLayout();
    private final H3 formTitle = new H3();
    /** The record being edited as the service last returned it (or a new, empty one); never written to. */
    private T editing;

    /** An editor for a list of records: a grid to choose from, an add button, and the form for the chosen one. */
    static <T extends ReferenceEntity> ReferenceEditor<T> forList(ReferenceDataService referenceData,
            ReferenceType<T> type, String recordName, List<ReferenceField> fields) {
        return new ReferenceEditor<>(referenceData, type, recordName, fields, false);
    }

    /** An editor for a kind that has exactly one record (the district): just its form, always open. */
    static <T extends ReferenceEntity> ReferenceEditor<T> forSingleRecord(ReferenceDataService referenceData,
            ReferenceType<T> type, String recordName, List<ReferenceField> fields) {
        return new ReferenceEditor<>(referenceData, type, recordName, fields, true);
    }

    private ReferenceEditor(ReferenceDataService referenceData, ReferenceType<T> type, String recordName,
                            List<ReferenceField> fields, boolean singleRecord) {
        this.referenceData = referenceData;
        this.type = type;
        this.recordName = recordName;
        this.singleRecord = singleRecord;
        String id = "reference-" + type.entityClass().getSimpleName().toLowerCase(Locale.ROOT);
        setId(id);
        setPadding(false);

        binder = new BeanValidationBinder<>(type.entityClass());
        // Bean Validation's default only marks @NotNull/@NotEmpty/@Size fields required; our names are @NotBlank.
        binder.setRequiredConfigurator(RequiredFieldConfigurator.DEFAULT
                .chain((annotation, binding) -> annotation.annotationType().equals(NotBlank.class)));
        FormLayout inputLayout = new FormLayout();
        for (ReferenceField field : fields) {
            Component input = createInput(field);
            inputs.put(field.property(), input);
            inputLayout.add(input);
        }

        grid = createGrid(fields);
        Button add = new Button("Add " + recordName, VaadinIcon.PLUS.create(), e -> edit(type.factory().get()));
        add.setVisible(!singleRecord);
        grid.setVisible(!singleRecord);

        Button save = new Button("Save", e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button("Cancel", e -> cancel());
        cancel.addClickShortcut(Key.ESCAPE).listenOn(form);
        if (singleRecord) {
            cancel.setTooltipText("Put back the stored values");
        }

        formTitle.setId(id + "-form-title");
        formTitle.setVisible(!singleRecord);
        form.getElement().setAttribute("role", "region");
        form.getElement().setAttribute("aria-label", singleRecord ? type.label() : "Edit " + recordName);
        form.setPadding(false);
        form.add(formTitle, inputLayout, new HorizontalLayout(save, cancel));
        form.setVisible(false);

        add(add, grid, form);
        reload();
    }

    private Component createInput(ReferenceField field) {
        Component input = switch (field.kind()) {
            case TEXT -> {
                TextField text = new TextField(field.label());
                text.setMaxLength(field.maxLength());
                bindText(text, field);
                yield text;
            }
            case LONG_TEXT -> {
                TextArea text = new TextArea(field.label());
                text.setMaxLength(field.maxLength());
                bindText(text, field);
                yield text;
            }
            case WHOLE_NUMBER -> {
                IntegerField number = new IntegerField(field.label());
                binder.forField(number).bind(field.property());
                yield number;
            }
            case YES_NO -> {
                Checkbox checkbox = new Checkbox(field.label());
                binder.forField(checkbox).bind(field.property());
                yield checkbox;
            }
            case DATE -> {
                com.vaadin.flow.component.datepicker.DatePicker picker =
                        org.csucasework.shared.ui.UkDates.picker(field.label());
                binder.forField(picker).bind(field.property());
                yield picker;
            }
        };
        if (field.helperText() != null && input instanceof HasHelper helper) {
            helper.setHelperText(field.helperText());
        }
        return input;
    }

    /** Blank text is stored as null and surrounding spaces dropped, so "  " cannot pass as a name. */
    private void bindText(HasValue<?, String> input, ReferenceField field) {
        binder.forField(input)
                .withConverter(ReferenceEditor::blankToNull, value -> value == null ? "" : value)
                .bind(field.property());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private Grid<T> createGrid(List<ReferenceField> fields) {
        Grid<T> records = new Grid<>(type.entityClass(), false);
        records.getElement().setAttribute("aria-label", type.label());
        records.setEmptyStateText("Nothing here yet");
        records.setHeight("24rem");
        PropertySet<T> properties = BeanPropertySet.get(type.entityClass());
        for (ReferenceField field : fields) {
            if (!field.inGrid()) {
                continue;
            }
            ValueProvider<T, ?> getter = properties.getProperty(field.property())
                    .orElseThrow(() -> new IllegalArgumentException(type.entityClass().getSimpleName()
                            + " has no property " + field.property()))
                    .getGetter();
            records.addColumn(record -> display(getter.apply(record)))
                    .setHeader(field.label())
                    .setAutoWidth(field.kind() != ReferenceField.Kind.LONG_TEXT)
                    .setResizable(true);
        }
        records.asSingleSelect().addValueChangeListener(e -> {
            if (e.getValue() != null) {
                edit(e.getValue());
            }
        });
        return records;
    }

    private static String display(Object value) {
        if (value instanceof Boolean yes) {
            return yes ? "Yes" : "No";
        }
        if (value instanceof java.time.LocalDate day) {
            return org.csucasework.shared.ui.UkDates.day(day);
        }
        return value == null ? "" : value.toString();
    }

    private void reload() {
        List<T> records = referenceData.list(type);
        grid.setItems(records);
        if (singleRecord && !records.isEmpty()) {
            edit(records.get(0));
        }
    }

    private void edit(T record) {
        editing = record;
        binder.readBean(record);
        clearErrors();
        formTitle.setText(record.isNew() ? "New " + recordName : "Change " + recordName + " " + record.getCode());
        form.setVisible(true);
        inputs.values().stream().findFirst().ifPresent(input -> ((Focusable<?>) input).focus());
    }

    private void save() {
        if (editing == null) {
            return;
        }
        T attempt = type.copyOf(editing);
        if (!binder.writeBeanIfValid(attempt)) {
            focusFirstInvalid();
            return;
        }
        try {
            T saved = referenceData.save(type, attempt);
            Notices.success(capitalised(recordName) + " " + saved.getCode() + " saved");
            if (!singleRecord) {
                closeForm();
            }
            reload();
        } catch (ValidationException e) {
            showAtFields(e.errors());
        } catch (ConflictException e) {
            Notices.error(e.getMessage());
        }
    }

    private void cancel() {
        if (!singleRecord) {
            closeForm();
        }
        // Reloading shows what is stored now, including other administrators' changes.
        reload();
    }

    private void closeForm() {
        editing = null;
        form.setVisible(false);
        clearErrors();
        grid.asSingleSelect().clear();
        grid.focus();
    }

    private void showAtFields(List<FieldError> errors) {
        Map<String, List<String>> messagesByField = new LinkedHashMap<>();
        List<String> elsewhere = new ArrayList<>();
        for (FieldError error : errors) {
            if (inputs.get(error.field()) instanceof HasValidation) {
                messagesByField.computeIfAbsent(error.field(), f -> new ArrayList<>()).add(error.message());
            } else {
                elsewhere.add(error.message());
            }
        }
        messagesByField.forEach((field, messages) -> {
            HasValidation input = (HasValidation) inputs.get(field);
            input.setErrorMessage(String.join(". ", messages));
            input.setInvalid(true);
        });
        if (!elsewhere.isEmpty()) {
            Notices.error(String.join(". ", elsewhere));
        }
        focusFirstInvalid();
    }

    private void clearErrors() {
        inputs.values().forEach(input -> {
            if (input instanceof HasValidation field) {
                field.setInvalid(false);
            }
        });
    }

    private void focusFirstInvalid() {
        inputs.values().stream()
                .filter(input -> input instanceof HasValidation field && field.isInvalid())
                .findFirst()
                .ifPresent(input -> ((Focusable<?>) input).focus());
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
