package org.csucasework.tasking.ui;

import com.vaadin.flow.component.Component;
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
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.csucasework.reference.Agency;
import org.csucasework.security.CurrentUser;
import org.csucasework.shared.ui.UkDates;
import org.csucasework.tasking.Action;
import org.csucasework.tasking.NewAction;

/**
 * One action being assigned at the tasking meeting: the owning agency, what is to be done, the due date and an
 * optional named officer, chosen from the agency's users (a typed username could name no one, or someone of another
 * agency, and be refused only on saving). Labels carry the action's number so that a screen reader tells the rows apart.
 */
class ActionEntry extends Div {

    /** How far ahead a new action is due unless the meeting says otherwise. */
    static final int DEFAULT_DAYS_TO_DUE = 7;

    final ComboBox<Agency> agency = new ComboBox<>();
    final TextArea description = new TextArea();
    final DatePicker dueDate = UkDates.uk(new DatePicker());
    final ComboBox<CurrentUser> assignee = new ComboBox<>();
    final Button remove = new Button(VaadinIcon.TRASH.create());
    private final H5 heading = new H5();

    private final Function<String, List<CurrentUser>> officersOf;

    /**
     * @param officersOf the enabled users of an agency, by its code
     */
    ActionEntry(List<Agency> agencies, Function<String, List<CurrentUser>> officersOf, LocalDate today) {
        this.officersOf = officersOf;
        addClassName("action-entry");
        getStyle().set("border", "1px solid var(--lumo-contrast-50pct)")
                .set("border-radius", "var(--lumo-border-radius-m)")
                .set("padding", "var(--lumo-space-s) var(--lumo-space-m)").set("margin-bottom", "var(--lumo-space-s)");

        agency.setItems(agencies);
        agency.setItemLabelGenerator(Agency::getName);
        agency.setRequiredIndicatorVisible(true);
        agency.setClearButtonVisible(true);
        description.setRequiredIndicatorVisible(true);
        description.setMaxLength(Action.DESCRIPTION_LENGTH);
        description.setMinRows(1);
        description.setMaxRows(4);
        dueDate.setRequiredIndicatorVisible(true);
        dueDate.setValue(today.plusDays(DEFAULT_DAYS_TO_DUE));
        dueDate.setLocale(UkDates.LOCALE);
        dueDate.setHelperText("Defaults to " + DEFAULT_DAYS_TO_DUE + " days from today");
        assignee.setItemLabelGenerator(officer -> officer.fullName() + " (" + officer.username() + ")");
        assignee.setClearButtonVisible(true);
        assignee.setEnabled(false);
        assignee.setHelperText("Optional: choose the agency first");
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        for (HasValidation field : List.of(agency, description, dueDate, assignee)) {
            field.setManualValidation(true);
        }
        agency.addValueChangeListener(e -> {
            clear(agency);
            offerOfficersOf(e.getValue());
        });
        description.addValueChangeListener(e -> clear(description));
        dueDate.addValueChangeListener(e -> clear(dueDate));
        assignee.addValueChangeListener(e -> clear(assignee));

        FormLayout fields = new FormLayout(agency, description, dueDate, assignee);
        fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        fields.setColspan(description, 2);
        HorizontalLayout top = new HorizontalLayout(heading, remove);
        top.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        top.setWidthFull();
        top.expand(heading);
        heading.getStyle().set("margin", "0");
        add(top, fields);
    }

    /** Numbers the entry (1-based) and its labels. */
    void number(int number) {
        heading.setText("Action " + number);
        agency.setLabel("Agency for action " + number);
        description.setLabel("What is to be done (action " + number + ")");
        dueDate.setLabel("Due date of action " + number);
        assignee.setLabel("Named officer for action " + number);
        remove.setText("Remove action " + number);
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

    NewAction toNewAction() {
        return new NewAction(Optional.ofNullable(agency.getValue()).map(Agency::getCode).orElse(null),
                description.getValue(), dueDate.getValue(),
                Optional.ofNullable(assignee.getValue()).map(CurrentUser::username).orElse(null));
    }

    /** Shows a service error for one of this entry's fields (agencyCode, description, dueDate, assignee). */
    boolean showError(String field, String message) {
        HasValidation target = fieldsByName().get(field);
        if (target == null) {
            return false;
        }
        target.setErrorMessage(message);
        target.setInvalid(true);
        return true;
    }

    void clearErrors() {
        fieldsByName().values().forEach(ActionEntry::clear);
    }

    /** The first field showing an error, for moving focus to it. */
    Optional<Component> firstInvalid() {
        for (HasValidation field : List.of(agency, description, dueDate, assignee)) {
            if (field.isInvalid()) {
                return Optional.of((Component) field);
            }
        }
        return Optional.empty();
    }

    private Map<String, HasValidation> fieldsByName() {
        return Map.of("agencyCode", agency, "description", description, "dueDate", dueDate, "assignee", assignee);
    }

    private static void clear(HasValidation field) {
        field.setInvalid(false);
        field.setErrorMessage(null);
    }
}
