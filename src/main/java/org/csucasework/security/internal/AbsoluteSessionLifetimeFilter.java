package org.csucasework.security.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import org.csucasework.security.SessionLifetimeProperties;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a browser session that has lasted longer than the absolute lifetime, however busy it has been: a session left
 * open on a shared office computer must not stay signed in for days by being used now and then. The user is sent to
 * the login page, which says that the session has ended; what they sign in to next is a new session.
 */
class AbsoluteSessionLifetimeFilter extends OncePerRequestFilter {

    private final SessionLifetimeProperties lifetime;
    private final Clock clock;

    AbsoluteSessionLifetimeFilter(SessionLifetimeProperties lifetime, Clock clock) {
        this.lifetime = lifetime;
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null && isTooOld(session)) {
            session.invalidate();
            response.sendRedirect(request.getContextPath() + "/login?expired");
            return;
        }
        chain.doFilter(request, response);
    }

    boolean isTooOld(HttpSession session) {
        try {
            Instant created = Instant.ofEpochMilli(session.getCreationTime());
            return created.plus(lifetime.absoluteTimeout()).isBefore(clock.instant());
        } catch (IllegalStateException alreadyInvalidated) {
            return false;
        }
    }
}
