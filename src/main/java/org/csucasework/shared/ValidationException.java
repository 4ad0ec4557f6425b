package org.csucasework.shared;

import java.util.List;

/**
 * Thrown by a service when input breaks a rule it enforces (unique codes, password policy, ...). Forms show each
 * error at its field; the API turns it into a 400 problem with an {@code errors} list.
 */
public class ValidationException extends RuntimeException {

    private final List<FieldError> errors;

    public ValidationException(List<FieldError> errors) {
        super(errors.stream().map(e -> e.field() + ": " + e.message()).reduce((a, b) -> a + "; " + b).orElse("invalid"));
        this.errors = List.copyOf(errors);
    }

    public static ValidationException of(String field, String message) {
        return new ValidationException(List.of(new FieldError(field, message)));
    }

    public List<FieldError> errors() {
        return errors;
    }
}
