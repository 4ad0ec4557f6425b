package org.csucasework.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.csucasework.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.web.ServerProperties;

/** The session limits the running application has: 30 minutes idle, 10 hours at most. */
@IntegrationTest
class SessionSettingsTest {

    @Autowired
    private ServerProperties server;
    @Autowired
    private SessionLifetimeProperties lifetime;

    @Test
    void anIdleSessionEndsAfterThirtyMinutesAndAnyAfterTenHours() {
        assertThat(server.getServlet().getSession().getTimeout()).isEqualTo(Duration.ofMinutes(30));
        assertThat(lifetime.absoluteTimeout()).isEqualTo(Duration.ofHours(10));
    }
}
