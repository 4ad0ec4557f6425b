package org.csucasework.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How long a signed-in browser session may last at most, however active it is: a working day (10 hours) unless set
 * otherwise. The inactivity timeout is the servlet container's ({@code server.servlet.session.timeout}, 30 minutes).
 *
 * @param absoluteTimeout the longest a session lives after sign-in (default 10 hours)
 */
@ConfigurationProperties("casework.security.session")
public record SessionLifetimeProperties(Duration absoluteTimeout) {

    public SessionLifetimeProperties {
        absoluteTimeout = absoluteTimeout == null ? Duration.ofHours(10) : absoluteTimeout;
    }
}
