package org.csucasework.notifications.internal;

import java.time.Duration;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code casework.notifications.*}. The SMTP server itself is Spring Boot's {@code spring.mail.*} (environment
 * variables SPRING_MAIL_HOST, _PORT, _USERNAME, _PASSWORD): without a host no e-mail is sent, and notifications are
 * in-app only.
 *
 * @param mailFrom         the sender address (CASEWORK_MAIL_FROM)
 * @param baseUrl          the address users open the application at, for the links in e-mails (CASEWORK_BASE_URL)
 * @param actionLinkPath   where action notifications point (the user's action list)
 * @param zone             the district's time zone: what "due tomorrow" and "overdue" mean
 * @param overdueCatchUp   overdue notices are sent for actions that fell due within this many days, so a node that
 *                         was down over a weekend catches up, but a first start does not mail every old action
 * @param sendAfterCommit  send immediate e-mails right after the transaction that created them commits (otherwise
 *                         only the dispatch job sends them)
 * @param maxAttempts      attempts per e-mail before it is given up as FAILED
 * @param claimTimeout     an e-mail claimed by a node that then died is retried after this long
 */
@ConfigurationProperties("casework.notifications")
public record NotificationProperties(String mailFrom, String baseUrl, String actionLinkPath, ZoneId zone,
                                     int overdueCatchUp, boolean sendAfterCommit, int maxAttempts,
                                     Duration claimTimeout) {

    public NotificationProperties {
        mailFrom = mailFrom == null || mailFrom.isBlank() ? "no-reply@localhost" : mailFrom;
        baseUrl = baseUrl == null || baseUrl.isBlank() ? "http://localhost:8080" : baseUrl.replaceAll("/+$", "");
        actionLinkPath = actionLinkPath == null ? "my-actions" : actionLinkPath;
        zone = zone == null ? ZoneId.of("Europe/London") : zone;
        overdueCatchUp = overdueCatchUp <= 0 ? 7 : overdueCatchUp;
        maxAttempts = maxAttempts <= 0 ? 5 : maxAttempts;
        claimTimeout = claimTimeout == null ? Duration.ofMinutes(15) : claimTimeout;
    }

    /** The absolute link for a path inside the application. */
    public String link(String path) {
        if (path == null || path.isBlank()) {
            return baseUrl + "/";
        }
        return baseUrl + "/" + path.replaceAll("^/+", "");
    }
}
