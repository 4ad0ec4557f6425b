package org.csucasework.notifications.internal;

/** Where a notification's e-mail stands (the column {@code notification.email_state}). */
public enum EmailState {
    /** In-app only: the user has no address, or the application has no mail server. */
    NONE,
    /** To be sent at once. */
    PENDING,
    /** Waits for the user's daily digest. */
    DIGEST,
    /** Claimed by one node, being sent. */
    SENDING,
    SENT,
    /** Given up after the configured number of attempts. */
    FAILED
}
