package org.csucasework.security.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.shared.Registration;
import org.csucasework.security.PasswordPolicy;

/**
 * Asks an administrator for a user's new password. Like the user form it knows no service: it fires
 * {@link ConfirmEvent} and stays open, with the typed password, until its owner closes it.
 */
public class ResetPasswordDialog extends Dialog {

    final PasswordField password = new PasswordField("New password");
    final Button confirm = new Button("Set password");
    final Button cancel = new Button("Cancel", e -> close());

    public ResetPasswordDialog(String username) {
        setHeaderTitle("Reset the password of " + username);
        password.setHelperText(PasswordPolicy.DESCRIPTION);
        password.setRequiredIndicatorVisible(true);
        password.setWidthFull();
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickListener(e -> fireEvent(new ConfirmEvent(this, password.getValue())));
        add(new Paragraph("Tell the user their new password in person or by phone, never by e-mail. "
                + "Setting it also lifts a lockout."), password);
        getFooter().add(cancel, confirm);
    }

    public void showError(String message) {
        password.setErrorMessage(message);
        password.setInvalid(true);
    }

    public Registration addConfirmListener(ComponentEventListener<ConfirmEvent> listener) {
        return addListener(ConfirmEvent.class, listener);
    }

    public static class ConfirmEvent extends ComponentEvent<ResetPasswordDialog> {
        private final String password;

        ConfirmEvent(ResetPasswordDialog source, String password) {
            super(source, false);
            this.password = password;
        }

        public String password() {
            return password;
        }
    }
}
