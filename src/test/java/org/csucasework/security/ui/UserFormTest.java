package org.csucasework.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.csucasework.reference.Agency;
import org.csucasework.security.PasswordPolicy;
import org.csucasework.security.UserDraft;
import org.csucasework.shared.FieldError;
import org.csucasework.shared.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The form on its own, without Spring or a database: what it sends and how it shows errors. */
class UserFormTest {

    private UserForm form;
    private final List<UserDraft> saved = new ArrayList<>();

    @BeforeEach
    void showForm() {
        MockVaadin.setup();
        form = new UserForm(List.of(new Agency("SDC_CSU", "Sevenoaks District Council - Community Safety", true),
                new Agency("KENT_POLICE", "Kent Police", true)));
        form.addSaveListener(e -> saved.add(e.draft()));
        UI.getCurrent().add(form);
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    @Test
    void savingSendsADraftWithEverythingTyped() {
        form.edit(new UserDraft());
        _setValue(form.username, "new.person");
        _setValue(form.fullName, "New Person");
        _setValue(form.email, "new@example.gov.uk");
        _setValue(form.agency, "KENT_POLICE");
        _setValue(form.roles, Set.of(Role.PARTNER, Role.ANALYST));
        _setValue(form.password, "A-long-password-1");

        _click(form.save);

        assertThat(saved).hasSize(1);
        UserDraft draft = saved.get(0);
        assertThat(draft.isNew()).isTrue();
        assertThat(draft.getUsername()).isEqualTo("new.person");
        assertThat(draft.getFullName()).isEqualTo("New Person");
        assertThat(draft.getEmail()).isEqualTo("new@example.gov.uk");
        assertThat(draft.getAgencyCode()).isEqualTo("KENT_POLICE");
        assertThat(draft.getRoles()).containsExactlyInAnyOrder(Role.PARTNER, Role.ANALYST);
        assertThat(draft.getPassword()).isEqualTo("A-long-password-1");
    }

    @Test
    void eachErrorIsShownAtItsFieldAndTheTypedValuesStay() {
        form.edit(new UserDraft());
        _setValue(form.username, "taken");
        _setValue(form.password, "short");

        List<FieldError> elsewhere = form.showErrors(List.of(
                new FieldError("username", "The username taken is already taken"),
                new FieldError("password", "The password must be at least 12 characters long"),
                new FieldError("agencyCode", "Choose the user's agency"),
                new FieldError("roles", "Choose at least one role")));

        assertThat(elsewhere).isEmpty();
        assertThat(form.username.isInvalid()).isTrue();
        assertThat(form.username.getErrorMessage()).isEqualTo("The username taken is already taken");
        assertThat(form.password.isInvalid()).isTrue();
        assertThat(form.password.getErrorMessage()).isEqualTo("The password must be at least 12 characters long");
        assertThat(form.agency.isInvalid()).isTrue();
        assertThat(form.agency.getErrorMessage()).isEqualTo("Choose the user's agency");
        assertThat(form.roles.isInvalid()).isTrue();
        assertThat(form.roles.getErrorMessage()).isEqualTo("Choose at least one role");
        assertThat(form.fullName.isInvalid()).isFalse();
        assertThat(form.username.getValue()).isEqualTo("taken");
        assertThat(form.password.getValue()).isEqualTo("short");
    }

    @Test
    void anErrorForNoFieldOfTheFormIsHandedBackToTheCaller() {
        form.edit(new UserDraft());

        List<FieldError> elsewhere = form.showErrors(List.of(
                new FieldError("enabled", "This is the last administrator and cannot be disabled")));

        assertThat(elsewhere).extracting(FieldError::field).containsExactly("enabled");
    }

    @Test
    void editingAnotherUserClearsTheErrorsOfTheLastOne() {
        form.edit(new UserDraft());
        form.showErrors(List.of(new FieldError("fullName", "Enter the person's full name")));

        form.edit(new UserDraft());

        assertThat(form.fullName.isInvalid()).isFalse();
    }

    @Test
    void everyFieldHasAVisibleLabel() {
        assertThat(List.of(form.username.getLabel(), form.fullName.getLabel(), form.email.getLabel(),
                form.agency.getLabel(), form.roles.getLabel(), form.password.getLabel()))
                .containsExactly("Username", "Full name", "E-mail", "Agency", "Roles", "Password");
        assertThat(form.password.getHelperText()).isEqualTo(PasswordPolicy.DESCRIPTION);
    }
}
