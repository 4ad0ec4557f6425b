package org.csucasework.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import org.csucasework.security.SessionLifetimeProperties;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;

/** A session ends after its absolute lifetime however busy it is, and not before. */
class AbsoluteSessionLifetimeFilterTest {

    private final SessionLifetimeProperties tenHours = new SessionLifetimeProperties(Duration.ofHours(10));

    @Test
    void aSessionOlderThanTheLifetimeIsEndedAndTheUserSentToTheLoginPageWhichSaysWhy() throws Exception {
        MockHttpSession session = new MockHttpSession();
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/my-actions");
        request.setSession(session);
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();
        Clock elevenHoursLater = Clock.offset(Clock.systemUTC(), Duration.ofHours(11));

        new AbsoluteSessionLifetimeFilter(tenHours, elevenHoursLater).doFilter(request, response, chain);

        assertThat(session.isInvalid()).isTrue();
        assertThat(response.getRedirectedUrl()).isEqualTo("/login?expired");
        assertThat(chain.getRequest()).as("the request went no further").isNull();
    }

    @Test
    void aSessionWithinTheLifetimeCarriesOn() throws Exception {
        MockHttpSession session = new MockHttpSession();
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/my-actions");
        request.setSession(session);
        MockFilterChain chain = new MockFilterChain();
        Clock nineHoursLater = Clock.offset(Clock.systemUTC(), Duration.ofHours(9));

        new AbsoluteSessionLifetimeFilter(tenHours, nineHoursLater).doFilter(request, new MockHttpServletResponse(),
                chain);

        assertThat(session.isInvalid()).isFalse();
        assertThat(chain.getRequest()).isSameAs(request);
    }

    @Test
    void theLifetimeIsTenHoursUnlessConfigured() {
        assertThat(new SessionLifetimeProperties(null).absoluteTimeout()).isEqualTo(Duration.ofHours(10));
    }
}
