package org.csucasework.notifications;

import java.time.Instant;

/** A notification as the bell lists it. */
public record NotificationView(Long id, String kind, String title, String reference, String link,
                               Instant createdAt, boolean read) {
}
