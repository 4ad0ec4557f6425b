package org.csucasework.shared;

/**
 * One problem with one input field, in words a user understands. {@code line} is set for CSV imports (the line of
 * the file, counting the header as line 1) and null otherwise.
 */
public record FieldError(Integer line, String field, String message) {

    public FieldError(String field, String message) {
        this(null, field, message);
    }
}
