package org.csucasework.security.web;

import org.csucasework.shared.Role;

/** The demo accounts the test profile creates (see {@code DemoData}), each with its main role and MARAC memberships. */
enum DemoLogin {
    ADMIN("admin", Role.ADMIN),
    SUPERVISOR("supervisor", Role.SUPERVISOR, Role.MARAC_CHAIR),
    CASEWORKER("caseworker", Role.CASEWORKER),
    ANALYST("analyst", Role.ANALYST),
    POLICE("police", Role.PARTNER, Role.MARAC_MEMBER),
    HOUSING("housing", Role.PARTNER);

    static final String PASSWORD = "Casework-demo-2026";

    private final String username;
    private final Role role;
    private final Role[] memberships;

    DemoLogin(String username, Role role, Role... memberships) {
        this.username = username;
        this.role = role;
        this.memberships = memberships;
    }

    /** Every role the account holds, as names: its main role and its MARAC memberships. */
    String[] roleNames() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(role), java.util.Arrays.stream(memberships))
                .map(Role::name).toArray(String[]::new);
    }

    String username() {
        return username;
    }

    Role role() {
        return role;
    }
}
