package org.csucasework.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.getNotifications;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.github.mvysny.kaributools.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Set;
import java.util.UUID;
import org.csucasework.security.AppUser;
import org.csucasework.security.UserDraft;
import org.csucasework.security.UserService;
import org.csucasework.shared.Role;
import org.csucasework.support.KaribuUiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The administrators' user screen in a mocked browser session, on the real services and database. */
class UsersViewTest extends KaribuUiTest {

    private static final String STRONG_PASSWORD = "Fine-and-long-2026";

    @Autowired
    private UserService userService;

    private final String username = "ui." + UUID.randomUUID().toString().substring(0, 8);

    @BeforeEach
    void signInAsAdministrator() {
        login("admin", Role.ADMIN);
    }

    @Test
    void aDuplicateUsernameIsMarkedAtItsFieldAndEverythingTypedIsKept() {
        navigate(UsersView.class);
        _click(_get(Button.class, spec -> spec.withText("New user")));
        fillIn("admin", "Second Admin", "second@example.gov.uk", STRONG_PASSWORD);
        _click(_get(Button.class, spec -> spec.withText("Save")));

        TextField usernameField = field("Username");
        assertThat(usernameField.isInvalid()).isTrue();
        assertThat(usernameField.getErrorMessage()).isEqualTo("The username admin is already taken");
        assertThat(usernameField.getValue()).isEqualTo("admin");
        assertThat(field("Full name").getValue()).isEqualTo("Second Admin");
        assertThat(field("E-mail").getValue()).isEqualTo("second@example.gov.uk");
        assertThat(agencyField().getValue()).isEqualTo("SDC_CSU");
        assertThat(rolesField().getValue()).containsExactly(Role.CASEWORKER);
        assertThat(passwordField().getValue()).isEqualTo(STRONG_PASSWORD);
        assertThat(passwordField().isInvalid()).isFalse();
        assertThat(userService.listUsers()).extracting(AppUser::getFullName).doesNotContain("Second Admin");
    }

    @Test
    void aWeakPasswordIsMarkedAtItsFieldAndNothingIsSaved() {
        navigate(UsersView.class);
        _click(_get(Button.class, spec -> spec.withText("New user")));
        fillIn(username, "Wendy Weak", "", "short1");
        _click(_get(Button.class, spec -> spec.withText("Save")));

        assertThat(passwordField().isInvalid()).isTrue();
        assertThat(passwordField().getErrorMessage()).isEqualTo("The password must be at least 12 characters long");
        assertThat(passwordField().getValue()).isEqualTo("short1");
        assertThat(field("Username").getValue()).isEqualTo(username);
        assertThat(field("Username").isInvalid()).isFalse();
        assertThat(userService.listUsers()).extracting(AppUser::getUsername).doesNotContain(username);
        assertThat(getNotifications()).extracting(UsersViewTest::text)
                .contains("Nothing was saved: correct the marked fields.");
    }

    @Test
    void aValidNewUserIsSavedAndAppearsInTheGrid() {
        navigate(UsersView.class);
        _click(_get(Button.class, spec -> spec.withText("New user")));
        fillIn(username, "Val Valid", "val@example.gov.uk", STRONG_PASSWORD);
        _click(_get(Button.class, spec -> spec.withText("Save")));

        Grid<AppUser> grid = grid();
        assertThat(GridKt._findAll(grid)).extracting(AppUser::getUsername).contains(username);
        assertThat(grid.asSingleSelect().getValue().getUsername()).isEqualTo(username);
        assertThat(field("Username").isReadOnly()).isTrue();
        assertThat(getNotifications()).extracting(UsersViewTest::text)
                .contains("Created the user " + username);
    }

    @Test
    void theFilterNarrowsTheGridToMatchingUsers() {
        navigate(UsersView.class);
        _setValue(_get(TextField.class, spec -> spec.withLabel("Find a user")), "Pat Constable");

        Grid<AppUser> grid = grid();
        assertThat(GridKt._findAll(grid)).extracting(AppUser::getUsername).containsExactly("police");
    }

    @Test
    void aChangeMadeMeanwhileBySomeoneElseGivesAClearMessageAndKeepsTheForm() {
        AppUser user = createUser();
        openOn(user);
        UserDraft theirs = userService.draftOf(user.getId());
        theirs.setFullName("Their Name");
        userService.update(theirs);

        _setValue(field("Full name"), "My Name");
        _click(_get(Button.class, spec -> spec.withText("Save")));

        assertThat(getNotifications()).extracting(UsersViewTest::text)
                .anyMatch(text -> text.startsWith("Someone else changed this user while you were editing"));
        assertThat(field("Full name").getValue()).isEqualTo("My Name");
        assertThat(userService.draftOf(user.getId()).getFullName()).isEqualTo("Their Name");
    }

    @Test
    void disablingAUserMarksThemDisabledInTheGrid() {
        AppUser user = createUser();
        Grid<AppUser> grid = openOn(user);

        _click(_get(Button.class, spec -> spec.withText("Disable")));

        assertThat(GridKt._getFormattedRow(grid, rowOf(grid, user))).contains("Disabled");
        assertThat(_get(Button.class, spec -> spec.withText("Enable"))).isNotNull();
    }

    @Test
    void aWeakPasswordInTheResetDialogIsMarkedThereAndTheDialogStaysOpen() {
        AppUser user = createUser();
        openOn(user);

        _click(_get(Button.class, spec -> spec.withText("Reset password")));
        PasswordField newPassword = _get(PasswordField.class, spec -> spec.withLabel("New password"));
        _setValue(newPassword, "weak");
        _click(_get(Button.class, spec -> spec.withText("Set password")));

        assertThat(newPassword.isInvalid()).isTrue();
        assertThat(newPassword.getErrorMessage()).isEqualTo("The password must be at least 12 characters long");
        assertThat(newPassword.getValue()).isEqualTo("weak");
        assertThat(_get(ResetPasswordDialog.class).isOpened()).isTrue();
    }

    @Test
    void aCaseworkerCannotOpenTheUsersScreen() {
        logout();
        login("caseworker", Role.CASEWORKER);

        assertThatThrownBy(() -> navigate(UsersView.class)).isInstanceOf(MockAccessDeniedException.class);
        assertThat(_find(UsersView.class)).isEmpty();
    }

    @Test
    void someoneSignedOutIsSentToTheLoginPage() {
        logout();

        UI.getCurrent().navigate(UsersView.class);

        _assertOne(LoginView.class);
        _assertNone(UsersView.class);
    }

    /** Opens the screen on a user made beforehand, as an administrator choosing them in the grid would. */
    private Grid<AppUser> openOn(AppUser user) {
        navigate(UsersView.class);
        Grid<AppUser> grid = grid();
        grid.select(rowOf(grid, user));
        return grid;
    }

    private static AppUser rowOf(Grid<AppUser> grid, AppUser user) {
        return GridKt._findAll(grid).stream().filter(row -> row.getId().equals(user.getId())).findFirst()
                .orElseThrow(() -> new AssertionError("The grid does not show " + user.getUsername()));
    }

    private AppUser createUser() {
        UserDraft draft = new UserDraft();
        draft.setUsername(username);
        draft.setFullName("Ursula User");
        draft.setAgencyCode("SDC_CSU");
        draft.setRoles(Set.of(Role.CASEWORKER));
        draft.setPassword(STRONG_PASSWORD);
        return userService.create(draft);
    }

    @SuppressWarnings("unchecked")
    private static Grid<AppUser> grid() {
        return _get(Grid.class);
    }

    private void fillIn(String username, String fullName, String email, String password) {
        _setValue(field("Username"), username);
        _setValue(field("Full name"), fullName);
        _setValue(field("E-mail"), email);
        ComboBoxKt.selectByLabel(agencyField(), "Sevenoaks District Council - Community Safety (SDC_CSU)");
        _setValue(rolesField(), Set.of(Role.CASEWORKER));
        _setValue(passwordField(), password);
    }

    private static TextField field(String label) {
        return _get(TextField.class, spec -> spec.withLabel(label));
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<String> agencyField() {
        return _get(ComboBox.class, spec -> spec.withLabel("Agency"));
    }

    @SuppressWarnings("unchecked")
    private static CheckboxGroup<Role> rolesField() {
        return _get(CheckboxGroup.class, spec -> spec.withLabel("Roles"));
    }

    private static PasswordField passwordField() {
        return _get(PasswordField.class, spec -> spec.withLabel("Password"));
    }

    private static String text(Notification notification) {
        return NotificationsKt.getText(notification);
    }
}
