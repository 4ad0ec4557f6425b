package org.csucasework.shared;

/**
 * The roles a user can hold. Spring Security sees them as authorities {@code ROLE_<name>}.
 * The string constants exist for annotations such as {@code @RolesAllowed}, which need compile-time constants.
 */
public enum Role {
    ADMIN("Administrator"),
    SUPERVISOR("Supervisor"),
    CASEWORKER("Caseworker"),
    PARTNER("Partner officer"),
    ANALYST("Analyst");

    public static final String ADMIN_NAME = "ADMIN";
    public static final String SUPERVISOR_NAME = "SUPERVISOR";
    public static final String CASEWORKER_NAME = "CASEWORKER";
    public static final String PARTNER_NAME = "PARTNER";
    public static final String ANALYST_NAME = "ANALYST";

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public String authority() {
        return "ROLE_" + name();
    }
}
