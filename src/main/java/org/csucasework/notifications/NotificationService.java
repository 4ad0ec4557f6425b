package org.csucasework.notifications;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.csucasework.notifications.internal.EmailOutbox;
import org.csucasework.notifications.internal.EmailState;
import org.csucasework.notifications.internal.Mailer;
import org.csucasework.notifications.internal.NotificationStore;
import org.csucasework.security.CurrentUser;
import org.csucasework.security.UserContact;
import org.csucasework.security.UserService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Notifications: queues them for their recipients (in-app, and e-mail at once or in the daily digest as each
 * recipient chose) and serves the signed-in user's bell.
 */
@Service
@RequiredArgsConstructor
public class NotificationService {

    private final NotificationStore store;
    private final UserService users;
    private final Mailer mailer;
    private final EmailOutbox outbox;
    private final Clock clock;

    /** Any module's request: handled in the publisher's transaction, so it commits or rolls back with it. */
    @EventListener
    void on(NotificationRequested request) {
        notify(request);
    }

    /**
     * Queues the notification for each recipient; with an event key, only the first time that key is seen.
     *
     * @return how many users it was queued for (0 when the event key had been seen before)
     */
    @Transactional
    public int notify(NotificationRequested request) {
        if (request.eventKey() != null && !store.claimEvent(request.eventKey(), clock.instant())) {
            return 0;
        }
        List<UserContact> recipients = recipients(request);
        if (recipients.isEmpty()) {
            return 0;
        }
        Map<Long, EmailDelivery> deliveries = store.deliveries(recipients.stream().map(UserContact::id).toList());
        boolean mail = mailer.isEnabled();
        boolean pending = false;
        String link = request.linkPath() == null ? "" : request.linkPath().replaceAll("^/+", "");
        for (UserContact recipient : recipients) {
            EmailState state;
            if (!mail || recipient.email() == null) {
                state = EmailState.NONE;
            } else if (deliveries.getOrDefault(recipient.id(), EmailDelivery.IMMEDIATE) == EmailDelivery.DAILY_DIGEST) {
                state = EmailState.DIGEST;
            } else {
                state = EmailState.PENDING;
                pending = true;
            }
            store.insert(recipient.id(), request.kind(), request.title(), request.reference(), link, clock.instant(),
                    state);
        }
        if (pending) {
            outbox.sendAfterCommit();
        }
        return recipients.size();
    }

    private List<UserContact> recipients(NotificationRequested request) {
        Set<String> usernames = request.usernames();
        boolean byRole = !request.roles().isEmpty();
        List<UserContact> candidates = users.activeContacts(usernames.isEmpty() ? request.agencyCode() : null);
        return candidates.stream()
                .filter(user -> usernames.contains(user.username())
                        || (byRole && user.hasAny(request.roles())
                            && (request.agencyCode() == null || request.agencyCode().equals(user.agencyCode()))))
                .toList();
    }

    /** Whether an event key has been notified already (for tests and diagnostics). */
    @Transactional(readOnly = true)
    public boolean alreadyNotified(String eventKey) {
        return store.eventClaimed(eventKey);
    }

    // The signed-in user's bell

    @Transactional(readOnly = true)
    public long unreadCount() {
        return store.countUnread(users.requireCurrentUser().id());
    }

    /** The signed-in user's latest notifications, newest first. */
    @Transactional(readOnly = true)
    public List<NotificationView> recent(int limit) {
        return store.recent(users.requireCurrentUser().id(), Math.max(1, Math.min(limit, 100)));
    }

    @Transactional
    public void markRead(Long notificationId) {
        store.markRead(users.requireCurrentUser().id(), notificationId, clock.instant());
    }

    @Transactional
    public void markAllRead() {
        store.markAllRead(users.requireCurrentUser().id(), clock.instant());
    }

    @Transactional(readOnly = true)
    public EmailDelivery emailDelivery() {
        return store.delivery(users.requireCurrentUser().id());
    }

    /** The signed-in user's choice of immediate e-mail or a daily digest. */
    @Transactional
    public void chooseEmailDelivery(EmailDelivery delivery) {
        CurrentUser user = users.requireCurrentUser();
        store.setDelivery(user.id(), delivery);
        if (delivery == EmailDelivery.IMMEDIATE) {
            outbox.sendAfterCommit();
        }
    }
}
