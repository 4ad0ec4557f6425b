package org.csucasework.actions;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H5;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.shared.Registration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.csucasework.reference.Agency;
import org.csucasework.security.CurrentUser;
import org.csucasework.shared.FieldError;
import org.csucasework.shared.FieldErrors;
import org.csucasework.shared.ui.UkDates;

/**
 * The one form for entering an action, wherever actions are agreed (the tasking meeting, a Task and Finish Group's
 * action plan and site visits, a Community MARAC meeting): the owning agency, what is to be done, the due date and,
 * where the screen offers it, a named officer chosen from the agency's users (a typed username could name no one, or
 * someone of another agency). It shows the service's errors at its fields and keeps what was typed.
 *
 * <p>Screens shape it for their place: {@link #number} for a numbered list with a remove button, {@link #labelled}
 * where one page has one entry per case, {@link #withAddButton} where the entry is saved on its own.
 */
public class ActionEntry extends Div {

    /** How far ahead a new action is due unless the meeting says otherwise. */
    public static final int DEFAULT_DAYS_TO_DUE = 7;

    private final ComboBox<Agency> agency = new ComboBox<>("Agency");
    private final TextArea description = new TextArea("What is to be done");
    private final DatePicker dueDate = UkDates.picker("Due");
    private final ComboBox<CurrentUser> assignee = new ComboBox<>("Named officer");
    private final Button add = new Button();
    private final Button remove = new Button(VaadinIcon.TRASH.create());
    private final H5 heading = new H5();
    private final Map<String, HasValidation> fieldsByName = new LinkedHashMap<>();
    private Function<String, List<CurrentUser>> officersOf = code -> List.of();

    public ActionEntry(List<Agency> agencies) {
        addClassName("action-entry");
        agency.setItems(agencies);
        agency.setItemLabelGenerator(Agency::getName);
        agency.setRequiredIndicatorVisible(true);
        agency.setClearButtonVisible(true);
        description.setRequiredIndicatorVisible(true);
        description.setMaxLength(Action.DESCRIPTION_LENGTH);
        description.setMinRows(1);
        description.setMaxRows(4);
        dueDate.setRequiredIndicatorVisible(true);
        assignee.setItemLabelGenerator(officer -> officer.fullName() + " (" + officer.username() + ")");
        assignee.setClearButtonVisible(true);
        assignee.setVisible(false);
        fieldsByName.put("agencyCode", agency);
        fieldsByName.put("description", description);
        fieldsByName.put("dueDate", dueDate);
        fieldsByName.put("assignee", assignee);
        fieldsByName.values().forEach(field -> field.setManualValidation(true));
        agency.addValueChangeListener(e -> {
            FieldErrors.clear(Map.of("agencyCode", agency));
            offerOfficersOf(e.getValue());
        });
        description.addValueChangeListener(e -> FieldErrors.clear(Map.of("description", description)));
        dueDate.addValueChangeListener(e -> FieldErrors.clear(Map.of("dueDate", dueDate)));
        assignee.addValueChangeListener(e -> FieldErrors.clear(Map.of("assignee", assignee)));

        FormLayout fields = new FormLayout(agency, description, dueDate, assignee);
        fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        fields.setColspan(description, 2);
        heading.setVisible(false);
        heading.getStyle().set("margin", "0");
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        remove.setVisible(false);
        HorizontalLayout top = new HorizontalLayout(heading, remove);
        top.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        top.setWidthFull();
        top.expand(heading);
        add.setVisible(false);
        add(top, fields, add);
    }

    /** Offers a named officer from the chosen agency's users ({@code officersOf}: an agency's enabled users). */
    public ActionEntry withNamedOfficer(Function<String, List<CurrentUser>> officersOf) {
        this.officersOf = officersOf;
        assignee.setVisible(true);
        offerOfficersOf(agency.getValue());
        return this;
    }

    /** Due a week from {@code today} unless changed. */
    public ActionEntry dueByDefault(LocalDate today) {
        dueDate.setValue(today.plusDays(DEFAULT_DAYS_TO_DUE));
        dueDate.setHelperText("Defaults to " + DEFAULT_DAYS_TO_DUE + " days from today");
        return this;
    }

    /** Labels that name what the action is for ("Agency (CMR-2026-0001)"), where a page has one entry per case. */
    public ActionEntry labelled(String subject) {
        agency.setLabel("Agency (" + subject + ")");
        description.setLabel("What is to be done (" + subject + ")");
        dueDate.setLabel("Due (" + subject + ")");
        assignee.setLabel("Named officer (" + subject + ")");
        return this;
    }

    /** A button that saves this entry on its own: it fires an {@link AddEvent} with the action as typed. */
    public ActionEntry withAddButton(String text, String ariaLabel) {
        add.setText(text);
        if (ariaLabel != null) {
            add.setAriaLabel(ariaLabel);
        }
        add.setVisible(true);
        add.addClickListener(e -> fireEvent(new AddEvent(this, value())));
        return this;
    }

    /** A button that takes the entry out of its list. */
    public ActionEntry removable(Runnable onRemove) {
        remove.setVisible(true);
        remove.setText("Remove this action");
        remove.addClickListener(e -> onRemove.run());
        return this;
    }

    /**
     * Numbers the entry (1-based) in a list: a heading, and labels that carry the number so that a screen reader
     * tells the rows apart.
     */
    public void number(int number) {
        heading.setText("Action " + number);
        heading.setVisible(true);
        agency.setLabel("Agency for action " + number);
        description.setLabel("What is to be done (action " + number + ")");
        dueDate.setLabel("Due date of action " + number);
        assignee.setLabel("Named officer for action " + number);
        remove.setText("Remove action " + number);
    }

    public NewAction value() {
        return new NewAction(Optional.ofNullable(agency.getValue()).map(Agency::getCode).orElse(null),
                description.getValue(), dueDate.getValue(),
                Optional.ofNullable(assignee.getValue()).map(CurrentUser::username).orElse(null));
    }

    /** Empties the entry for the next action (the default due date, if any, is not restored). */
    public void clear() {
        agency.clear();
        description.clear();
        dueDate.clear();
        assignee.clear();
        clearErrors();
    }

    /** Marks the fields named {@code prefix + field} (e.g. {@code actions[0].dueDate}); the rest is handed back. */
    public List<FieldError> showErrors(List<FieldError> errors, String prefix) {
        Map<String, HasValidation> prefixed = new LinkedHashMap<>();
        fieldsByName.forEach((name, field) -> prefixed.put(prefix + name, field));
        return FieldErrors.show(errors, prefixed);
    }

    /** Shows a service error for one of this entry's fields (agencyCode, description, dueDate, assignee). */
    public boolean showError(String field, String message) {
        HasValidation target = fieldsByName.get(field);
        if (target == null) {
            return false;
        }
        target.setErrorMessage(message);
        target.setInvalid(true);
        return true;
    }

    public void clearErrors() {
        FieldErrors.clear(fieldsByName);
    }

    /** The first field showing an error, for moving focus to it. */
    public Optional<Component> firstInvalid() {
        return fieldsByName.values().stream().filter(HasValidation::isInvalid).map(Component.class::cast).findFirst();
    }

    /** The entry's fields by the names the service's errors use, for a form that shows errors itself. */
    public Map<String, HasValidation> fields() {
        return java.util.Collections.unmodifiableMap(fieldsByName);
    }

    /** Puts the cursor in the agency field. */
    public void focus() {
        agency.focus();
    }

    public Registration addAddListener(ComponentEventListener<AddEvent> listener) {
        return addListener(AddEvent.class, listener);
    }

    public ComboBox<Agency> agency() {
        return agency;
    }

    public TextArea description() {
        return description;
    }

    public DatePicker dueDate() {
        return dueDate;
    }

    public ComboBox<CurrentUser> assignee() {
        return assignee;
    }

    public Button addButton() {
        return add;
    }

    public Button removeButton() {
        return remove;
    }

    /** The named officer must belong to the action's agency: a new agency offers its own users and no one else. */
    private void offerOfficersOf(Agency chosen) {
        assignee.clear();
        List<CurrentUser> officers = chosen == null ? List.of() : officersOf.apply(chosen.getCode());
        assignee.setItems(officers);
        assignee.setEnabled(!officers.isEmpty());
        assignee.setHelperText(chosen == null ? "Optional: choose the agency first"
                : officers.isEmpty() ? "No users of " + chosen.getName() + " to name" : "Optional");
    }

    /** The entry's action as typed, when its add button is pressed. */
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
