package org.csucasework.shared;

/** One problem with one input field, in words a user understands. */
public record FieldError(String field, String message) {
}
