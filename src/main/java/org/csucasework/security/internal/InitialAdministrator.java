package org.csucasework.security.internal;

import java.util.EnumSet;
import org.csucasework.security.PasswordPolicy;
import org.csucasework.security.UserDraft;
import org.csucasework.security.UserService;
import org.csucasework.shared.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On a database with no users, creates the first administrator from {@code CASEWORK_ADMIN_USERNAME} and
 * {@code CASEWORK_ADMIN_PASSWORD} (in the agency {@code CASEWORK_ADMIN_AGENCY}, the CSU by default). Runs before
 * the demo accounts, so production never depends on demo data to be administrable.
 */
@Component
@Order(10)
class InitialAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(InitialAdministrator.class);

    private final UserService users;
    private final String username;
    private final String password;
    private final String agencyCode;
    private final boolean demoData;

    InitialAdministrator(UserService users,
                         @Value("${casework.admin.username:}") String username,
                         @Value("${casework.admin.password:}") String password,
                         @Value("${casework.admin.agency:SDC_CSU}") String agencyCode,
                         @Value("${casework.demo-data:false}") boolean demoData) {
        this.users = users;
        this.username = username;
        this.password = password;
        this.agencyCode = agencyCode;
        this.demoData = demoData;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (users.countUsers() > 0) {
            return;
        }
        if (username.isBlank() || password.isBlank()) {
            if (demoData) {
                return; // the demo accounts include an administrator
            }
            log.warn("No user accounts exist. Set CASEWORK_ADMIN_USERNAME and CASEWORK_ADMIN_PASSWORD and restart "
                    + "to create the first administrator.");
            return;
        }
        checkPassword(username, password);
        UserDraft draft = new UserDraft();
        draft.setUsername(username);
        draft.setFullName("Administrator");
        draft.setAgencyCode(agencyCode);
        draft.setRoles(EnumSet.of(Role.ADMIN));
        draft.setPassword(password);
        users.createWithoutAuthorisation(draft);
        log.info("Created the first administrator account '{}'", username);
    }

    /**
     * Refuses a first-administrator password the policy would refuse anyway, before anything is written, with a
     * message that names the variable to change ({@link BadAdministratorPasswordAnalyzer} prints it without a stack
     * trace).
     */
    static void checkPassword(String username, String password) {
        PasswordPolicy.problemWith(password, username).ifPresent(problem -> {
            throw new BadAdministratorPassword("CASEWORK_ADMIN_PASSWORD is refused: " + problem
                    + (problem.contains("username") ? " (CASEWORK_ADMIN_USERNAME is '" + username + "')" : "")
                    + ". " + PasswordPolicy.DESCRIPTION + ", not containing the username.");
        });
    }

    /** The first administrator's password breaks the password policy: the operator must choose another. */
    static class BadAdministratorPassword extends RuntimeException {
        BadAdministratorPassword(String message) {
            super(message);
        }
    }
}
