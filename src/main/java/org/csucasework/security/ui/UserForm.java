package org.csucasework.security.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.csucasework.reference.Agency;
import org.csucasework.security.PasswordPolicy;
import org.csucasework.security.UserDraft;
import org.csucasework.security.UserFieldLimits;
import org.csucasework.shared.FieldError;
import org.csucasework.shared.Role;

/**
 * Creates or changes one user. A plain component: it knows nothing of services, it fires {@link SaveEvent} and
 * {@link CancelEvent}, and it shows the errors its owner got back, each at its field. The rules live in the service
 * alone, so the form never disagrees with what the service will accept.
 */
public class UserForm extends VerticalLayout {

    private final H2 heading = new H2();
    final TextField username = new TextField("Username");
    final TextField fullName = new TextField("Full name");
    final TextField email = new TextField("E-mail");
    final ComboBox<String> agency = new ComboBox<>("Agency");
    final CheckboxGroup<Role> roles = new CheckboxGroup<>("Roles");
    final PasswordField password = new PasswordField("Password");
    final Button save = new Button("Save");
    final Button cancel = new Button("Cancel");

    private final Binder<UserDraft> binder = new Binder<>();
    /** Field names as the service reports them, mapped to the component that shows each. */
    private final Map<String, HasValidation> fieldsByName = new LinkedHashMap<>();
    private final Map<String, String> agencyNames = new LinkedHashMap<>();
    private UserDraft draft;

    public UserForm(List<Agency> agencies) {
        addClassName("user-form");
        setPadding(false);
        heading.addClassName("user-form-heading");

        username.setMaxLength(UserFieldLimits.USERNAME);
        username.setHelperText("Lower-case letters, digits, dots, dashes or underscores");
        username.setRequiredIndicatorVisible(true);
        fullName.setMaxLength(UserFieldLimits.FULL_NAME);
        fullName.setRequiredIndicatorVisible(true);
        email.setMaxLength(UserFieldLimits.EMAIL);
        email.setHelperText("Optional, for notifications");

        agencies.forEach(a -> agencyNames.put(a.getCode(), a.getName()));
        agency.setItems(agencyNames.keySet());
        // Shows the name people know, with the code that other screens and the API use; filtering matches both.
        agency.setItemLabelGenerator(code -> agencyNames.containsKey(code)
                ? agencyNames.get(code) + " (" + code + ")" : code);
        agency.setRequiredIndicatorVisible(true);

        roles.setItems(Role.values());
        roles.setItemLabelGenerator(Role::label);
        roles.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        roles.setRequiredIndicatorVisible(true);

        password.setHelperText(PasswordPolicy.DESCRIPTION);
        password.setRequiredIndicatorVisible(true);

        binder.forField(username).bind(UserDraft::getUsername, UserDraft::setUsername);
        binder.forField(fullName).bind(UserDraft::getFullName, UserDraft::setFullName);
        binder.forField(email).bind(UserDraft::getEmail, UserDraft::setEmail);
        binder.forField(agency).bind(UserDraft::getAgencyCode, UserDraft::setAgencyCode);
        binder.forField(roles).bind(UserDraft::getRoles, UserDraft::setRoles);
        binder.forField(password).bind(UserDraft::getPassword, UserDraft::setPassword);

        fieldsByName.put("username", username);
        fieldsByName.put("fullName", fullName);
        fieldsByName.put("email", email);
        fieldsByName.put("agencyCode", agency);
        fieldsByName.put("roles", roles);
        fieldsByName.put("password", password);

        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> submit());
        cancel.addClickListener(e -> fireEvent(new CancelEvent(this)));

        FormLayout fields = new FormLayout(username, fullName, email, agency, roles, password);
        fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(heading, fields, new HorizontalLayout(save, cancel));
    }

    /** Shows the draft for editing: a new user gets a password field, an existing one keeps their username. */
    public void edit(UserDraft draft) {
        this.draft = draft;
        binder.readBean(draft);
        clearErrors();
        heading.setText(draft.isNew() ? "New user" : "Edit " + draft.getUsername());
        username.setReadOnly(!draft.isNew());
        // Existing users' passwords are changed with "Reset password", which has its own dialog.
        password.setVisible(draft.isNew());
    }

    public UserDraft draft() {
        return draft;
    }

    /**
     * Marks each field the service refused, with its message, keeping whatever was typed.
     *
     * @return the errors that belong to no field of this form, for the caller to show elsewhere
     */
    public List<FieldError> showErrors(List<FieldError> errors) {
        clearErrors();
        List<FieldError> elsewhere = new ArrayList<>();
        for (FieldError error : errors) {
            HasValidation field = fieldsByName.get(error.field());
            if (field == null) {
                elsewhere.add(error);
            } else {
                field.setErrorMessage(error.message());
                field.setInvalid(true);
            }
        }
        return elsewhere;
    }

    public void clearErrors() {
        fieldsByName.values().forEach(field -> {
            field.setInvalid(false);
            field.setErrorMessage(null);
        });
    }

    private void submit() {
        if (draft != null && binder.writeBeanIfValid(draft)) {
            fireEvent(new SaveEvent(this, draft));
        }
    }

    public Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    public Registration addCancelListener(ComponentEventListener<CancelEvent> listener) {
        return addListener(CancelEvent.class, listener);
    }

    /** The administrator asks to save the draft, which holds everything they typed. */
    public static class SaveEvent extends ComponentEvent<UserForm> {
        private final UserDraft draft;

        SaveEvent(UserForm source, UserDraft draft) {
            super(source, false);
            this.draft = draft;
        }

        public UserDraft draft() {
            return draft;
        }
    }

    public static class CancelEvent extends ComponentEvent<UserForm> {
        CancelEvent(UserForm source) {
            super(source, false);
        }
    }
}
