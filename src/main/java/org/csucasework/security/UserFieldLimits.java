package org.csucasework.security;

/** Field limits shared by the user entity and the user form. */
public final class UserFieldLimits {
    public static final int USERNAME = 60;
    public static final int FULL_NAME = 120;
    public static final int EMAIL = 200;
    public static final String USERNAME_PATTERN = "[a-z0-9._-]+";

    private UserFieldLimits() {
    }
}
