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
    ANALYST("Analyst"),
    /** Chairs the Community MARAC: screens referrals, schedules and runs the meetings. Implies {@link #MARAC_MEMBER}. */
    MARAC_CHAIR("MARAC chair"),
    /** Sits on the Community MARAC: sees its cases, meetings and packs. */
    MARAC_MEMBER("MARAC member");

    public static final String ADMIN_NAME = "ADMIN";
    public static final String SUPERVISOR_NAME = "SUPERVISOR";
    public static final String CASEWORKER_NAME = "CASEWORKER";
    public static final String PARTNER_NAME = "PARTNER";
    public static final String ANALYST_NAME = "ANALYST";
    public static final String MARAC_CHAIR_NAME = "MARAC_CHAIR";
    public static final String MARAC_MEMBER_NAME = "MARAC_MEMBER";

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
