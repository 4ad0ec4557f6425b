package org.csucasework.shared;

/** A record does not exist, or the current user may not know that it does: both look the same from outside. */
public class NotFoundException extends RuntimeException {
    public NotFoundException(String message) {
        super(message);
    }
}
