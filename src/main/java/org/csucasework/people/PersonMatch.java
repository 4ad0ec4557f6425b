package org.csucasework.people;

import java.time.LocalDate;
import java.util.List;

/**
 * A person on record who may be the same as a person being entered: offered to the user, never linked without their
 * choice. {@code matching} says what agrees ("same name", "same phone", ...), {@code differing} what does not
 * ("different address"), each as a user would read it; {@code score} orders the offers (higher is likelier).
 */
public record PersonMatch(Long personId, String fullName, LocalDate dateOfBirth, int score, List<String> matching,
                          List<String> differing) {

    public PersonMatch {
        matching = List.copyOf(matching);
        differing = List.copyOf(differing);
    }
}
