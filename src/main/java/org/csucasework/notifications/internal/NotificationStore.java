package org.csucasework.notifications.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.csucasework.notifications.EmailDelivery;
import org.csucasework.notifications.NotificationView;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The notification tables, in plain SQL: the outbox works with conditional updates ("claim this row if it is still
 * PENDING"), which is what makes it safe with several nodes, and is clearer in SQL than through JPA.
 */
@Repository
public class NotificationStore {

    /** One notification as the e-mail outbox sees it. */
    public record Outgoing(Long id, Long userId, String kind, String title, String reference, String link,
                           Instant createdAt, int attempts) {
    }

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;

    NotificationStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
    }

    /**
     * Claims an event once and for all: true for the first caller, false for every later one on any node. Inside
     * the caller's transaction, so a rolled-back claim is no claim; a second node that tries while the first has
     * not committed waits for it (the primary key) and then gets false.
     */
    public boolean claimEvent(String eventKey, Instant now) {
        return jdbc.update("insert into notification_event (event_key, created_at) values (?, ?) "
                + "on conflict do nothing", eventKey, utc(now)) == 1;
    }

    public boolean eventClaimed(String eventKey) {
        Integer count = jdbc.queryForObject("select count(*) from notification_event where event_key = ?",
                Integer.class, eventKey);
        return count != null && count > 0;
    }

    public void insert(Long userId, String kind, String title, String reference, String link, Instant createdAt,
                       EmailState emailState) {
        jdbc.update("insert into notification (user_id, kind, title, reference, link, created_at, email_state) "
                + "values (?, ?, ?, ?, ?, ?, ?)", userId, kind, title, reference, link, utc(createdAt),
                emailState.name());
    }

    public Map<Long, EmailDelivery> deliveries(Collection<Long> userIds) {
        Map<Long, EmailDelivery> result = new HashMap<>();
        if (userIds.isEmpty()) {
            return result;
        }
        named.query("select user_id, delivery from notification_preference where user_id in (:ids)",
                new MapSqlParameterSource("ids", userIds),
                rs -> {
                    result.put(rs.getLong(1), EmailDelivery.valueOf(rs.getString(2)));
                });
        return result;
    }

    public EmailDelivery delivery(Long userId) {
        return deliveries(List.of(userId)).getOrDefault(userId, EmailDelivery.IMMEDIATE);
    }

    /** Records the user's choice; mail already waiting for a digest goes at once when they switch to immediate. */
    public void setDelivery(Long userId, EmailDelivery delivery) {
        int updated = jdbc.update("update notification_preference set delivery = ?, version = version + 1 "
                + "where user_id = ?", delivery.name(), userId);
        if (updated == 0) {
            jdbc.update("insert into notification_preference (user_id, delivery) values (?, ?)", userId,
                    delivery.name());
        }
        if (delivery == EmailDelivery.IMMEDIATE) {
            jdbc.update("update notification set email_state = 'PENDING' where user_id = ? and email_state = 'DIGEST'",
                    userId);
        } else {
            jdbc.update("update notification set email_state = 'DIGEST' where user_id = ? and email_state = 'PENDING'",
                    userId);
        }
    }

    // The bell

    public long countUnread(Long userId) {
        Long count = jdbc.queryForObject("select count(*) from notification where user_id = ? and read_at is null",
                Long.class, userId);
        return count == null ? 0 : count;
    }

    public List<NotificationView> recent(Long userId, int limit) {
        return jdbc.query("select id, kind, title, reference, link, created_at, read_at from notification "
                + "where user_id = ? order by created_at desc, id desc limit ?", (rs, i) -> new NotificationView(
                rs.getLong("id"), rs.getString("kind"), rs.getString("title"), rs.getString("reference"),
                rs.getString("link"), instant(rs, "created_at"), rs.getTimestamp("read_at") != null),
                userId, limit);
    }

    public int markRead(Long userId, Long notificationId, Instant now) {
        return jdbc.update("update notification set read_at = ? where id = ? and user_id = ? and read_at is null",
                utc(now), notificationId, userId);
    }

    public int markAllRead(Long userId, Instant now) {
        return jdbc.update("update notification set read_at = ? where user_id = ? and read_at is null",
                utc(now), userId);
    }

    // The e-mail outbox

    /** Puts e-mails back that a node claimed and never finished (it died between claiming and sending). */
    public int releaseStaleClaims(Instant claimedBefore) {
        return jdbc.update("update notification set email_state = case when email_batch like 'D-%' then 'DIGEST' "
                + "else 'PENDING' end, email_batch = null, email_claimed_at = null "
                + "where email_state = 'SENDING' and email_claimed_at < ?", utc(claimedBefore));
    }

    public List<Long> pendingIds(int limit) {
        return jdbc.queryForList("select id from notification where email_state = 'PENDING' order by id limit ?",
                Long.class, limit);
    }

    public List<Long> usersWithDigest() {
        return jdbc.queryForList("select distinct user_id from notification where email_state = 'DIGEST'", Long.class);
    }

    /**
     * Claims one pending e-mail for a batch: only one node's update can move the row out of PENDING (a second one
     * waits for the first's row lock, then finds it no longer PENDING). Runs in its own short transaction.
     */
    public boolean claimPending(Long id, String batch, Instant now) {
        return jdbc.update("update notification set email_state = 'SENDING', email_batch = ?, email_claimed_at = ?, "
                + "email_attempts = email_attempts + 1 where id = ? and email_state = 'PENDING'",
                batch, utc(now), id) == 1;
    }

    /** Claims all of a user's notifications waiting for the digest, the same way. */
    public int claimDigest(Long userId, String batch, Instant now) {
        return jdbc.update("update notification set email_state = 'SENDING', email_batch = ?, email_claimed_at = ?, "
                + "email_attempts = email_attempts + 1 where user_id = ? and email_state = 'DIGEST'",
                batch, utc(now), userId);
    }

    public List<Outgoing> batch(String batch) {
        return jdbc.query("select id, user_id, kind, title, reference, link, created_at, email_attempts "
                + "from notification where email_batch = ? and email_state = 'SENDING' order by id",
                (rs, i) -> new Outgoing(rs.getLong("id"), rs.getLong("user_id"), rs.getString("kind"),
                        rs.getString("title"), rs.getString("reference"), rs.getString("link"),
                        instant(rs, "created_at"), rs.getInt("email_attempts")), batch);
    }

    public void finishBatch(String batch, EmailState state, Instant now) {
        jdbc.update("update notification set email_state = ?, emailed_at = ?, email_batch = null, "
                + "email_claimed_at = null where email_batch = ? and email_state = 'SENDING'",
                state.name(), state == EmailState.SENT ? utc(now) : null, batch);
    }

    /** Puts a batch back for another attempt. */
    public void retryBatch(String batch, EmailState waitingState) {
        jdbc.update("update notification set email_state = ?, email_batch = null, email_claimed_at = null "
                + "where email_batch = ? and email_state = 'SENDING'", waitingState.name(), batch);
    }

    public Map<EmailState, Long> countByEmailState() {
        Map<EmailState, Long> counts = new HashMap<>();
        jdbc.query("select email_state, count(*) from notification group by email_state",
                rs -> {
                    counts.put(EmailState.valueOf(rs.getString(1)), rs.getLong(2));
                });
        return counts;
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }
}
