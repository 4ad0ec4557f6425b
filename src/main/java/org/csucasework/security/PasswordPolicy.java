package org.csucasework.security;

import java.util.Optional;

/**
 * The password rule: at least 12 characters with a letter and a digit, and not containing the username.
 * Length beats complexity (NCSC guidance); the letter-and-digit rule only stops the weakest choices.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final String DESCRIPTION = "At least 12 characters, with at least one letter and one digit";

    private PasswordPolicy() {
    }

    /** The reason the password is refused, or empty when it is acceptable. */
    public static Optional<String> problemWith(String password, String username) {
        if (password == null || password.length() < MIN_LENGTH) {
            return Optional.of("The password must be at least " + MIN_LENGTH + " characters long");
        }
        if (password.chars().noneMatch(Character::isLetter) || password.chars().noneMatch(Character::isDigit)) {
            return Optional.of("The password must contain at least one letter and one digit");
        }
        if (username != null && !username.isBlank()
                && password.toLowerCase().contains(username.toLowerCase())) {
            return Optional.of("The password must not contain the username");
        }
        return Optional.empty();
    }
}
