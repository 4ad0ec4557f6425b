package org.csucasework.demo;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.csucasework.security.UserDraft;
import org.csucasework.security.UserService;
import org.csucasework.shared.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates the demo accounts that do not exist yet and prints them at every start while demo data is on
 * ({@code casework.demo-data}, set by {@code CASEWORK_DEMO_DATA}; on by default, off in the postgres profile).
 */
@Component
@Order(20)
@ConditionalOnProperty(name = "casework.demo-data", havingValue = "true")
@RequiredArgsConstructor
class DemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    /** Every demo account shares this password; it meets the password policy. */
    static final String DEMO_PASSWORD = "Casework-demo-2026";

    /** A demo account; its first role is the one the accounts table names. */
    record DemoAccount(String username, String fullName, String agencyCode, Role... roles) {

        String rolesLabel() {
            return String.join(", ", Arrays.stream(roles).map(Role::label).toList());
        }
    }

    static final List<DemoAccount> ACCOUNTS = List.of(
            new DemoAccount("admin", "Alex Admin", "SDC_CSU", Role.ADMIN),
            // The community safety manager chairs the Community MARAC; the police officer sits on it.
            new DemoAccount("supervisor", "Sam Supervisor", "SDC_CSU", Role.SUPERVISOR, Role.MARAC_CHAIR),
            new DemoAccount("caseworker", "Casey Caseworker", "SDC_CSU", Role.CASEWORKER),
            new DemoAccount("analyst", "Ana Analyst", "SDC_CSU", Role.ANALYST),
            new DemoAccount("police", "Pat Constable", "KENT_POLICE", Role.PARTNER, Role.MARAC_MEMBER),
            new DemoAccount("housing", "Harper Housing", "WKHA", Role.PARTNER));

    private final UserService users;

    @Override
    public void run(ApplicationArguments args) {
        // Each missing account, not only on an empty database: with a first administrator from the environment
        // (CASEWORK_ADMIN_USERNAME) the database is no longer empty, and the demo reports are logged as a caseworker.
        for (DemoAccount account : ACCOUNTS) {
            if (users.findByUsername(account.username()).isEmpty()) {
                UserDraft draft = new UserDraft();
                draft.setUsername(account.username());
                draft.setFullName(account.fullName());
                draft.setAgencyCode(account.agencyCode());
                draft.setRoles(EnumSet.copyOf(Arrays.asList(account.roles())));
                draft.setPassword(DEMO_PASSWORD);
                users.createWithoutAuthorisation(draft);
            }
        }
        StringBuilder table = new StringBuilder("\n\n  CSU Casework demo accounts (password for all: ")
                .append(DEMO_PASSWORD).append(")\n");
        for (DemoAccount account : ACCOUNTS) {
            table.append(String.format("    %-12s %-32s %s%n", account.username(), account.rolesLabel(),
                    account.agencyCode()));
        }
        log.info(table.toString());
    }
}
