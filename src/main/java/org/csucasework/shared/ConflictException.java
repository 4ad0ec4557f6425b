package org.csucasework.shared;

/** Someone else changed the record since it was read: the user must reload rather than overwrite their change. */
public class ConflictException extends RuntimeException {
    public ConflictException(String message) {
        super(message);
    }
}
