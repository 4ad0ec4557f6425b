package org.csucasework.audit.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import lombok.RequiredArgsConstructor;
import org.csucasework.audit.AuditAction;
import org.csucasework.audit.AuditRecordType;
import org.csucasework.audit.AuditTrail;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.authorization.event.AuthorizationDeniedEvent;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Puts Spring Security's own events in the audit trail: sign-ins through the login form, every failed sign-in (form
 * or HTTP Basic) and every refusal by a URL rule or a {@code @PreAuthorize}. Successful HTTP Basic calls are not
 * logins: each API call authenticates, and what it reads or changes is recorded by the services anyway.
 */
@Component
@RequiredArgsConstructor
class SecurityEventAuditor {

    /** What a username may look like (see UserFieldLimits); anything else may be a password typed in the wrong box. */
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9._-]{1,60}");

    private final AuditTrail trail;

    @EventListener
    void onLogin(InteractiveAuthenticationSuccessEvent event) {
        trail.recordFor(event.getAuthentication().getName(), AuditAction.LOGIN, AuditRecordType.REQUEST, null, null);
    }

    @EventListener
    void onFailedLogin(AbstractAuthenticationFailureEvent event) {
        String typed = String.valueOf(event.getAuthentication().getName()).strip().toLowerCase();
        String username = USERNAME.matcher(typed).matches() ? typed : "(not a username)";
        trail.recordFor(username, AuditAction.LOGIN_FAILED, AuditRecordType.REQUEST, null,
                event.getException().getClass().getSimpleName());
    }

    @EventListener
    void onRefusal(AuthorizationDeniedEvent<?> event) {
        Supplier<Authentication> who = event.getAuthentication();
        Authentication authentication = who == null ? null : who.get();
        // A visitor who has not signed in yet is sent to the login page: that is not a refusal worth keeping.
        if (authentication == null || authentication instanceof AnonymousAuthenticationToken
                || !authentication.isAuthenticated()) {
            return;
        }
        trail.recordFor(authentication.getName(), AuditAction.DENIED, AuditRecordType.REQUEST, target(event.getSource()),
                "Refused by the access rules");
    }

    private static String target(Object source) {
        if (source instanceof HttpServletRequest request) {
            return request.getMethod() + " " + request.getRequestURI();
        }
        if (source instanceof org.aopalliance.intercept.MethodInvocation invocation) {
            return invocation.getMethod().getDeclaringClass().getSimpleName() + "." + invocation.getMethod().getName();
        }
        return source == null ? null : source.getClass().getSimpleName();
    }
}
