package org.csucasework.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How many failed logins in a row lock an account, and for how long.
 *
 * @param maxFailedAttempts failed logins in a row that lock the account (default 5)
 * @param duration          how long the lock lasts (default 15 minutes)
 */
@ConfigurationProperties("casework.security.lockout")
public record LoginLockoutProperties(Integer maxFailedAttempts, Duration duration) {

    public LoginLockoutProperties {
        maxFailedAttempts = maxFailedAttempts == null ? 5 : maxFailedAttempts;
        duration = duration == null ? Duration.ofMinutes(15) : duration;
    }
}
