package org.csucasework.security.web;

import org.csucasework.shared.Role;

/** The demo accounts the test profile creates (see {@code DemoData}), each with the one role it holds. */
enum DemoLogin {
    ADMIN("admin", Role.ADMIN),
    SUPERVISOR("supervisor", Role.SUPERVISOR),
    CASEWORKER("caseworker", Role.CASEWORKER),
    ANALYST("analyst", Role.ANALYST),
    POLICE("police", Role.PARTNER),
    HOUSING("housing", Role.PARTNER);

    static final String PASSWORD = "Casework-demo-2026";

    private final String username;
    private final Role role;

    DemoLogin(String username, Role role) {
        this.username = username;
        this.role = role;
    }

    String username() {
        return username;
    }

    Role role() {
        return role;
    }
}
