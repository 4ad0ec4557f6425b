package org.csucasework.notifications.internal;

import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.csucasework.security.UserContact;
import org.csucasework.security.UserService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Sends the e-mails that notifications queued in the {@code notification} table: immediate ones right after the
 * transaction that queued them commits (and every minute for retries), digests once a day.
 *
 * <p>Several nodes run this at once. Each e-mail is claimed before it is sent, by a conditional update that only one
 * node can win (PENDING to SENDING, committed on its own), so no two nodes send the same e-mail. SMTP is not
 * transactional: should a node die after the server took the mail but before it recorded SENT, the claim runs out
 * after {@code claim-timeout} and the e-mail is sent again. That one window is at-least-once; everything else is
 * exactly once.
 */
@Component
@RequiredArgsConstructor
public class EmailOutbox {

    private static final Logger log = LoggerFactory.getLogger(EmailOutbox.class);
    private static final int BATCH = 200;

    private final NotificationStore store;
    private final Mailer mailer;
    private final UserService users;
    private final NotificationProperties properties;
    private final Clock clock;
    private final ExecutorService afterCommit = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "notification-mail");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicBoolean sendQueued = new AtomicBoolean();

    /** Asks for the pending e-mails to be sent once the current transaction has committed (off the caller's thread). */
    public void sendAfterCommit() {
        if (!properties.sendAfterCommit() || !mailer.isEnabled()) {
            return;
        }
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    queueSend();
                }
            });
        } else {
            queueSend();
        }
    }

    private void queueSend() {
        if (sendQueued.compareAndSet(false, true)) {
            afterCommit.execute(() -> {
                sendQueued.set(false);
                try {
                    sendPending();
                } catch (RuntimeException e) {
                    log.warn("Sending notification e-mails failed; the dispatch job retries: {}", e.toString());
                }
            });
        }
    }

    @Scheduled(cron = "${casework.notifications.dispatch-cron:30 * * * * *}")
    void scheduledSend() {
        sendPending();
    }

    @Scheduled(cron = "${casework.notifications.digest-cron:0 0 7 * * *}",
            zone = "${casework.notifications.zone:Europe/London}")
    void scheduledDigests() {
        sendDigests();
    }

    /** Sends every e-mail waiting to go at once; returns how many this node sent. */
    public int sendPending() {
        if (!mailer.isEnabled()) {
            return 0;
        }
        Instant now = clock.instant();
        store.releaseStaleClaims(now.minus(properties.claimTimeout()));
        int sent = 0;
        Map<Long, UserContact> contacts = null;
        List<Long> ids;
        do {
            ids = store.pendingIds(BATCH);
            for (Long id : ids) {
                String batch = "I-" + UUID.randomUUID();
                if (!store.claimPending(id, batch, clock.instant())) {
                    continue; // another node has it
                }
                if (contacts == null) {
                    contacts = contacts();
                }
                List<NotificationStore.Outgoing> claimed = store.batch(batch);
                if (claimed.isEmpty()) {
                    continue;
                }
                NotificationStore.Outgoing notification = claimed.get(0);
                UserContact to = contacts.get(notification.userId());
                if (to == null || to.email() == null) {
                    store.finishBatch(batch, EmailState.NONE, clock.instant());
                    continue;
                }
                try {
                    mailer.sendOne(to.email(), notification);
                    store.finishBatch(batch, EmailState.SENT, clock.instant());
                    sent++;
                } catch (MailException e) {
                    failed(batch, notification.id(), notification.attempts(), EmailState.PENDING, e);
                    return sent; // the server is likely down: leave the rest for the next run
                }
            }
        } while (ids.size() == BATCH);
        return sent;
    }

    /** Sends each user with notifications waiting for the digest one e-mail with all of them. */
    public int sendDigests() {
        if (!mailer.isEnabled()) {
            return 0;
        }
        store.releaseStaleClaims(clock.instant().minus(properties.claimTimeout()));
        Map<Long, UserContact> contacts = contacts();
        int sent = 0;
        for (Long userId : store.usersWithDigest()) {
            String batch = "D-" + UUID.randomUUID();
            if (store.claimDigest(userId, batch, clock.instant()) == 0) {
                continue; // another node has them
            }
            List<NotificationStore.Outgoing> claimed = store.batch(batch);
            UserContact to = contacts.get(userId);
            if (to == null || to.email() == null) {
                store.finishBatch(batch, EmailState.NONE, clock.instant());
                continue;
            }
            try {
                mailer.sendDigest(to.email(), claimed);
                store.finishBatch(batch, EmailState.SENT, clock.instant());
                sent++;
            } catch (MailException e) {
                int attempts = claimed.stream().mapToInt(NotificationStore.Outgoing::attempts).max().orElse(1);
                failed(batch, userId, attempts, EmailState.DIGEST, e);
            }
        }
        return sent;
    }

    private void failed(String batch, Long id, int attempts, EmailState waiting, MailException e) {
        // The exception's text can quote the address: log its type only.
        if (attempts >= properties.maxAttempts()) {
            store.finishBatch(batch, EmailState.FAILED, clock.instant());
            log.warn("Notification e-mail {} given up after {} attempts ({})", id, attempts, e.getClass().getSimpleName());
        } else {
            store.retryBatch(batch, waiting);
            log.info("Notification e-mail {} not sent, attempt {} ({}); will retry", id, attempts,
                    e.getClass().getSimpleName());
        }
    }

    private Map<Long, UserContact> contacts() {
        return users.activeContacts(null).stream().collect(Collectors.toMap(UserContact::id, Function.identity()));
    }

    @PreDestroy
    void stop() {
        afterCommit.shutdownNow();
    }
}
