package org.csucasework.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.UUID;
import org.csucasework.shared.Role;
import org.csucasework.support.IntegrationTest;
import org.csucasework.support.RunAs;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Signing in through the real login form: failed attempts lock an account, a success clears the count. */
@IntegrationTest
class LoginLockoutIntegrationTest {

    private static final String PASSWORD = "Right-password-2026";
    private static final String WRONG_PASSWORD = "Wrong-password-2026";

    @Autowired
    private MockMvc mvc;

    @Autowired
    private UserService userService;

    @Autowired
    private Clock clock;

    private final String username = "login." + UUID.randomUUID().toString().substring(0, 8);
    private AppUser user;

    @BeforeEach
    void createUser() {
        UserDraft draft = new UserDraft();
        draft.setUsername(username);
        draft.setFullName("Lou Login");
        draft.setAgencyCode("SDC_CSU");
        draft.setRoles(EnumSet.of(Role.CASEWORKER));
        draft.setPassword(PASSWORD);
        user = RunAs.administrator(() -> userService.create(draft));
    }

    @Test
    void theRightPasswordSignsIn() throws Exception {
        mvc.perform(formLogin().user(username).password(PASSWORD)).andExpect(authenticated().withUsername(username));
    }

    @Test
    void fiveFailedLoginsInARowLockTheAccountForFifteenMinutesSoEvenTheRightPasswordFails() throws Exception {
        for (int attempt = 1; attempt <= 4; attempt++) {
            failToSignIn();
        }
        assertThat(reload().getLockedUntil()).isNull();

        Instant before = clock.instant();
        failToSignIn();
        Instant after = clock.instant();

        assertThat(reload().getLockedUntil())
                .isBetween(before.plus(Duration.ofMinutes(15)), after.plus(Duration.ofMinutes(15)));
        mvc.perform(formLogin().user(username).password(PASSWORD)).andExpect(unauthenticated());
    }

    @Test
    void aSuccessfulLoginResetsTheCountOfFailedLogins() throws Exception {
        for (int attempt = 1; attempt <= 4; attempt++) {
            failToSignIn();
        }
        assertThat(reload().getFailedLogins()).isEqualTo(4);

        mvc.perform(formLogin().user(username).password(PASSWORD)).andExpect(authenticated());
        assertThat(reload().getFailedLogins()).isZero();

        for (int attempt = 1; attempt <= 4; attempt++) {
            failToSignIn();
        }
        mvc.perform(formLogin().user(username).password(PASSWORD)).andExpect(authenticated());
        assertThat(reload().getLockedUntil()).isNull();
    }

    @Test
    void theUsernameIsMatchedWhateverItsCaseSoFailuresCountForTheSameAccount() throws Exception {
        for (int attempt = 1; attempt <= 5; attempt++) {
            mvc.perform(formLogin().user(username.toUpperCase()).password(WRONG_PASSWORD))
                    .andExpect(unauthenticated());
        }

        assertThat(reload().getLockedUntil()).isNotNull();
    }

    @Test
    void anAdministratorsPasswordResetLiftsTheLock() throws Exception {
        for (int attempt = 1; attempt <= 5; attempt++) {
            failToSignIn();
        }
        AppUser locked = reload();
        RunAs.administrator(() ->
                userService.resetPassword(locked.getId(), locked.getVersion(), "Reset-password-2026"));

        mvc.perform(formLogin().user(username).password("Reset-password-2026")).andExpect(authenticated());
    }

    @Test
    void aDisabledUserCannotSignIn() throws Exception {
        RunAs.administrator(() -> userService.setEnabled(user.getId(), user.getVersion(), false));

        mvc.perform(formLogin().user(username).password(PASSWORD)).andExpect(unauthenticated());
    }

    private void failToSignIn() throws Exception {
        mvc.perform(formLogin().user(username).password(WRONG_PASSWORD)).andExpect(unauthenticated());
    }

    private AppUser reload() {
        return RunAs.administrator(() -> userService.listUsers().stream()
                .filter(u -> u.getUsername().equals(username)).findFirst().orElseThrow());
    }
}
