package org.csucasework.taskgroups.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.csucasework.reference.Agency;
import org.csucasework.shared.FieldError;
import org.csucasework.shared.FieldErrors;
import org.csucasework.shared.ui.UkDates;
import org.csucasework.tasking.Action;
import org.csucasework.tasking.NewAction;

/**
 * One action being entered: the owning agency, what is to be done, by when. A plain component used for a group's
 * action plan and for a site visit's follow-up actions; it shows the service's errors at its fields and keeps the
 * input. With a button label it fires {@link AddEvent}; without, its owner reads {@link #value()}.
 */
public class ActionEntry extends HorizontalLayout {

    final ComboBox<String> agency = new ComboBox<>("Agency");
    final TextField description = new TextField("What is to be done");
    final DatePicker dueDate = UkDates.picker("Due");
    final Button add = new Button();

    private final Map<String, HasValidation> fieldsByName = new LinkedHashMap<>();

    public ActionEntry(List<Agency> agencies, String buttonLabel) {
        addClassName("action-entry");
        setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        getStyle().set("flex-wrap", "wrap");
        Map<String, String> names = new LinkedHashMap<>();
        agencies.forEach(a -> names.put(a.getCode(), a.getName()));
        agency.setItems(names.keySet());
        agency.setItemLabelGenerator(code -> names.getOrDefault(code, code));
        agency.setRequiredIndicatorVisible(true);
        description.setMaxLength(Action.DESCRIPTION_LENGTH);
        description.setRequiredIndicatorVisible(true);
        description.setMinWidth("20em");
        dueDate.setRequiredIndicatorVisible(true);
        fieldsByName.put("agencyCode", agency);
        fieldsByName.put("description", description);
        fieldsByName.put("dueDate", dueDate);
        add(agency, description, dueDate);
        if (buttonLabel != null) {
            add.setText(buttonLabel);
            add.addClickListener(e -> fireEvent(new AddEvent(this, value())));
            add(add);
        }
    }

    public NewAction value() {
        return new NewAction(agency.getValue(), description.getValue(), dueDate.getValue(), null);
    }

    public void clear() {
        agency.clear();
        description.clear();
        dueDate.clear();
        FieldErrors.clear(fieldsByName);
    }

    /**
     * Marks the fields named {@code prefix + field} (e.g. {@code actions[0].dueDate}); the rest is handed back.
     */
    public List<FieldError> showErrors(List<FieldError> errors, String prefix) {
        Map<String, HasValidation> prefixed = new LinkedHashMap<>();
        fieldsByName.forEach((name, field) -> prefixed.put(prefix + name, field));
        return FieldErrors.show(errors, prefixed);
    }

    public Registration addAddListener(ComponentEventListener<AddEvent> listener) {
        return addListener(AddEvent.class, listener);
    }

    public static class AddEvent extends ComponentEvent<ActionEntry> {
        private final NewAction action;

        AddEvent(ActionEntry source, NewAction action) {
            super(source, false);
            this.action = action;
        }

        public NewAction action() {
            return action;
        }
    }
}
