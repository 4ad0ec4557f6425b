package org.csucasework.notifications;

import java.util.Set;
import org.csucasework.shared.Role;

/**
 * Asks for a notification: publish it (inside your transaction, so that it commits or rolls back with your change)
 * and the named users, or the users with one of the roles (of one agency, or of all when {@code agencyCode} is null),
 * get it in the bell and by e-mail as each of them chose. For example, the escalation module when a stage awaits a
 * supervisor's decision:
 *
 * <pre>{@code
 * publisher.publishEvent(NotificationRequested.toRole(Role.SUPERVISOR, null,
 *         NotificationKinds.ESCALATION_AWAITS, "Escalation stage 2 awaits your decision on " + reference,
 *         reference, "escalations/" + caseId, "ESCALATION_AWAITS:" + caseId + ":2"));
 * }</pre>
 *
 * @param kind      what happened, for example {@link NotificationKinds#ESCALATION_AWAITS}
 * @param title     one line shown in the bell and as the e-mail's subject: it must carry no personal data (no
 *                  names, addresses or descriptions), only what happened and the reference (at most 200 characters)
 * @param reference the case or report reference, or null
 * @param linkPath  the path in the application to open, relative to its base URL (for example {@code my-actions})
 * @param eventKey  when not null, the notification is sent only the first time this key is seen, whichever node
 *                  or retry publishes it; use it for anything a job or a retry could publish twice
 */
public record NotificationRequested(String kind, String title, String reference, String linkPath,
                                    Set<String> usernames, Set<Role> roles, String agencyCode, String eventKey) {

    public static final int TITLE_LENGTH = 200;

    public NotificationRequested {
        usernames = usernames == null ? Set.of() : Set.copyOf(usernames);
        roles = roles == null ? Set.of() : Set.copyOf(roles);
        if (kind == null || kind.isBlank() || title == null || title.isBlank()) {
            throw new IllegalArgumentException("A notification needs a kind and a title");
        }
        if (title.length() > TITLE_LENGTH) {
            title = title.substring(0, TITLE_LENGTH);
        }
    }

    /** For named users (usernames). */
    public static NotificationRequested toUsers(Set<String> usernames, String kind, String title, String reference,
                                                String linkPath, String eventKey) {
        return new NotificationRequested(kind, title, reference, linkPath, usernames, Set.of(), null, eventKey);
    }

    /** For every enabled user with the role, in one agency or (agencyCode null) in all. */
    public static NotificationRequested toRole(Role role, String agencyCode, String kind, String title,
                                               String reference, String linkPath, String eventKey) {
        return new NotificationRequested(kind, title, reference, linkPath, Set.of(), Set.of(role), agencyCode,
                eventKey);
    }
}
