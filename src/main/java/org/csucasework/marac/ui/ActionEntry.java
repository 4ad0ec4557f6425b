package org.csucasework.marac.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.csucasework.reference.Agency;
import org.csucasework.shared.FieldError;
import org.csucasework.shared.FieldErrors;
import org.csucasework.shared.ui.UkDates;
import org.csucasework.tasking.Action;
import org.csucasework.tasking.NewAction;

/** An action agreed for a MARAC case: the owning agency, what is to be done, by when; errors shown at the fields. */
class ActionEntry extends HorizontalLayout {

    final ComboBox<String> agency;
    final TextField description;
    final DatePicker dueDate;
    final Button add = new Button("Add the action");

    private final Map<String, HasValidation> fields = new LinkedHashMap<>();

    /** The labels name the case ({@code reference}): a meeting page has one of these per case. */
    ActionEntry(List<Agency> agencies, String reference) {
        agency = new ComboBox<>("Agency (" + reference + ")");
        description = new TextField("What is to be done (" + reference + ")");
        dueDate = UkDates.picker("Due (" + reference + ")");
        add.setAriaLabel("Add the action for " + reference);
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
        fields.put("agencyCode", agency);
        fields.put("description", description);
        fields.put("dueDate", dueDate);
        add(agency, description, dueDate, add);
    }

    NewAction value() {
        return new NewAction(agency.getValue(), description.getValue(), dueDate.getValue(), null);
    }

    List<FieldError> showErrors(List<FieldError> errors) {
        return FieldErrors.show(errors, fields);
    }
}
