package org.csucasework.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.csucasework.shared.ConflictException;
import org.csucasework.shared.FieldError;
import org.csucasework.shared.Role;
import org.csucasework.shared.ValidationException;
import org.csucasework.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

/**
 * User administration against the real database. The database is shared by the whole suite and never emptied, so
 * every test makes users of its own with a random username.
 */
@IntegrationTest
@WithMockUser(username = "admin", roles = Role.ADMIN_NAME)
class UserServiceIntegrationTest {

    private static final String PASSWORD = "Sound-password-2026";

    @Autowired
    private UserService userService;

    @Autowired
    private PasswordEncoder passwordEncoder;

    @Autowired
    private SessionRegistry sessionRegistry;

    private final String username = "it." + UUID.randomUUID().toString().substring(0, 8);

    @Test
    void anAdministratorCreatesAUserWhosePasswordIsStoredOnlyAsABcryptHash() {
        AppUser created = userService.create(draft(username, PASSWORD));

        AppUser stored = find(username);
        assertThat(stored.getId()).isEqualTo(created.getId());
        assertThat(stored.getFullName()).isEqualTo("Terry Tester");
        assertThat(stored.getRoles()).containsExactly(Role.CASEWORKER);
        assertThat(stored.isEnabled()).isTrue();
        assertThat(stored.getPasswordHashForLogin()).startsWith("$2").isNotEqualTo(PASSWORD);
        assertThat(passwordEncoder.matches(PASSWORD, stored.getPasswordHashForLogin())).isTrue();
    }

    @Test
    void aTakenUsernameIsRefusedAtTheUsernameFieldAndNothingIsSaved() {
        UserDraft duplicate = draft("admin", PASSWORD);
        duplicate.setFullName("Imposter " + username);

        assertThatThrownBy(() -> userService.create(duplicate))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .containsExactly(new FieldError("username", "The username admin is already taken")));
        assertThat(userService.listUsers()).extracting(AppUser::getFullName).doesNotContain("Imposter " + username);
    }

    @Test
    void usernamesAreCaseInsensitiveSoAnUpperCaseCopyIsAlsoRefused() {
        userService.create(draft(username, PASSWORD));

        assertThatThrownBy(() -> userService.create(draft(username.toUpperCase(), PASSWORD)))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("username"));
    }

    @Test
    void aWeakPasswordIsRefusedAtThePasswordFieldAndNothingIsSaved() {
        assertThatThrownBy(() -> userService.create(draft(username, "password")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .containsExactly(new FieldError("password",
                                "The password must be at least 12 characters long")));
        assertThatThrownBy(() -> userService.create(draft(username, "onlyletterslongenough")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactly("password"));
        assertThatThrownBy(() -> userService.create(draft(username, username + "-2026-x")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .containsExactly(new FieldError("password", "The password must not contain the username")));
        assertThat(userService.listUsers()).extracting(AppUser::getUsername).doesNotContain(username);
    }

    @Test
    void aUserWithoutAgencyOrRolesIsRefusedAtBothFieldsAndNothingIsSaved() {
        UserDraft draft = draft(username, PASSWORD);
        draft.setAgencyCode(null);
        draft.setRoles(EnumSet.noneOf(Role.class));

        assertThatThrownBy(() -> userService.create(draft))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactlyInAnyOrder("agencyCode", "roles"));
        assertThat(userService.listUsers()).extracting(AppUser::getUsername).doesNotContain(username);
    }

    @Test
    void everyBrokenRuleIsReportedAtOnce() {
        UserDraft draft = new UserDraft();
        draft.setUsername("Not Valid!");
        draft.setEmail("not-an-address");
        draft.setPassword("short");

        assertThatThrownBy(() -> userService.create(draft))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field)
                        .containsExactlyInAnyOrder("username", "password", "fullName", "email", "roles", "agencyCode"));
    }

    @Test
    @WithMockUser(username = "caseworker", roles = Role.CASEWORKER_NAME)
    void someoneWhoIsNotAnAdministratorMayNeitherListNorCreateNorChangeUsers() {
        assertThatThrownBy(() -> userService.listUsers()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> userService.create(draft(username, PASSWORD)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> userService.setEnabled(1L, 0, false)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> userService.resetPassword(1L, 0, PASSWORD))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> userService.endSessions("admin")).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anAdministratorChangesAUsersDetailsButNotTheirUsername() {
        AppUser user = userService.create(draft(username, PASSWORD));
        UserDraft change = userService.draftOf(user.getId());
        change.setUsername("someone.else");
        change.setFullName("Terry Renamed");
        change.setAgencyCode("KENT_POLICE");
        change.setRoles(EnumSet.of(Role.PARTNER));

        userService.update(change);

        AppUser stored = find(username);
        assertThat(stored.getFullName()).isEqualTo("Terry Renamed");
        assertThat(stored.getRoles()).containsExactly(Role.PARTNER);
        assertThat(userService.draftOf(user.getId()).getAgencyCode()).isEqualTo("KENT_POLICE");
    }

    @Test
    void anEditBasedOnAnOutOfDateVersionGivesAConflictAndOverwritesNothing() {
        AppUser user = userService.create(draft(username, PASSWORD));
        UserDraft mine = userService.draftOf(user.getId());
        UserDraft theirs = userService.draftOf(user.getId());
        theirs.setFullName("Their Change");
        userService.update(theirs);

        mine.setFullName("My Change");
        assertThatThrownBy(() -> userService.update(mine)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> userService.setEnabled(user.getId(), user.getVersion(), false))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> userService.resetPassword(user.getId(), user.getVersion(), "Another-password-9"))
                .isInstanceOf(ConflictException.class);

        AppUser stored = find(username);
        assertThat(stored.getFullName()).isEqualTo("Their Change");
        assertThat(stored.isEnabled()).isTrue();
    }

    @Test
    void disablingAUserExpiresTheirOpenSessionsAtOnce() {
        AppUser user = userService.create(draft(username, PASSWORD));
        String sessionId = "session-of-" + username;
        sessionRegistry.registerNewSession(sessionId, User.withUsername(username).password("unused")
                .roles(Role.CASEWORKER_NAME).build());
        try {
            userService.setEnabled(user.getId(), user.getVersion(), false);

            SessionInformation session = sessionRegistry.getSessionInformation(sessionId);
            assertThat(session.isExpired()).isTrue();
            assertThat(find(username).isEnabled()).isFalse();
        } finally {
            sessionRegistry.removeSessionInformation(sessionId);
        }
    }

    @Test
    void endingAUsersSessionsSignsThemOutButLeavesTheAccountEnabled() {
        AppUser user = userService.create(draft(username, PASSWORD));
        String sessionId = "session-of-" + username;
        String otherSessionId = "session-of-someone-else-" + username;
        sessionRegistry.registerNewSession(sessionId, User.withUsername(username).password("unused")
                .roles(Role.CASEWORKER_NAME).build());
        sessionRegistry.registerNewSession(otherSessionId, User.withUsername("other-" + username).password("unused")
                .roles(Role.CASEWORKER_NAME).build());
        try {
            assertThat(userService.endSessions(username)).isEqualTo(1);

            assertThat(sessionRegistry.getSessionInformation(sessionId).isExpired()).isTrue();
            assertThat(sessionRegistry.getSessionInformation(otherSessionId).isExpired()).isFalse();
            assertThat(find(username).isEnabled()).isTrue();
            assertThat(find(username).getVersion()).isEqualTo(user.getVersion());
        } finally {
            sessionRegistry.removeSessionInformation(sessionId);
            sessionRegistry.removeSessionInformation(otherSessionId);
        }
    }

    @Test
    void aDisabledUserCanBeEnabledAgain() {
        AppUser user = userService.create(draft(username, PASSWORD));
        AppUser disabled = userService.setEnabled(user.getId(), user.getVersion(), false);

        userService.setEnabled(disabled.getId(), disabled.getVersion(), true);

        assertThat(find(username).isEnabled()).isTrue();
    }

    /** Rolled back at the end: it disables every other administrator to make {@code admin} the last one. */
    @Test
    @Transactional
    void theLastEnabledAdministratorCannotBeDisabled() {
        AppUser admin = makeAdminTheLastEnabledAdministrator();

        assertThatThrownBy(() -> userService.setEnabled(admin.getId(), admin.getVersion(), false))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactly("enabled"));
        assertThat(find("admin").isEnabled()).isTrue();
    }

    /** Rolled back at the end, like the test above. */
    @Test
    @Transactional
    void theLastEnabledAdministratorKeepsTheAdministratorRole() {
        AppUser admin = makeAdminTheLastEnabledAdministrator();
        UserDraft change = userService.draftOf(admin.getId());
        change.setRoles(EnumSet.of(Role.SUPERVISOR));

        assertThatThrownBy(() -> userService.update(change))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactly("roles"));
        assertThat(find("admin").getRoles()).contains(Role.ADMIN);
    }

    @Test
    void anAdministratorMayBeDisabledWhileAnotherRemains() {
        AppUser second = userService.create(withRoles(draft(username, PASSWORD), Role.ADMIN));

        userService.setEnabled(second.getId(), second.getVersion(), false);

        assertThat(find(username).isEnabled()).isFalse();
        assertThat(find("admin").isEnabled()).isTrue();
    }

    @Test
    void resettingThePasswordChecksThePolicyAndStoresTheNewHash() {
        AppUser user = userService.create(draft(username, PASSWORD));

        assertThatThrownBy(() -> userService.resetPassword(user.getId(), user.getVersion(), "weak"))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("password"));
        userService.resetPassword(user.getId(), user.getVersion(), "Brand-new-password-7");

        assertThat(passwordEncoder.matches("Brand-new-password-7", find(username).getPasswordHashForLogin())).isTrue();
    }

    private AppUser makeAdminTheLastEnabledAdministrator() {
        List<AppUser> otherAdministrators = userService.listUsers().stream()
                .filter(u -> u.isEnabled() && u.getRoles().contains(Role.ADMIN) && !u.getUsername().equals("admin"))
                .toList();
        for (AppUser other : otherAdministrators) {
            userService.setEnabled(other.getId(), other.getVersion(), false);
        }
        return find("admin");
    }

    private AppUser find(String wanted) {
        return userService.listUsers().stream().filter(u -> u.getUsername().equals(wanted)).findFirst()
                .orElseThrow(() -> new AssertionError("No user " + wanted));
    }

    private static UserDraft draft(String username, String password) {
        UserDraft draft = new UserDraft();
        draft.setUsername(username);
        draft.setFullName("Terry Tester");
        draft.setEmail("terry@example.gov.uk");
        draft.setAgencyCode("SDC_CSU");
        draft.setRoles(EnumSet.of(Role.CASEWORKER));
        draft.setPassword(password);
        return draft;
    }

    private static UserDraft withRoles(UserDraft draft, Role... roles) {
        draft.setRoles(EnumSet.copyOf(List.of(roles)));
        return draft;
    }
}
