package org.csucasework.security.internal;

import lombok.RequiredArgsConstructor;
import org.csucasework.security.UserService;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/** Counts failed logins towards the lockout and clears the count after a successful one. */
@Component
@RequiredArgsConstructor
class LoginAttemptListener {

    private final UserService userService;

    @EventListener
    void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        userService.recordFailedLogin(String.valueOf(event.getAuthentication().getName()).trim().toLowerCase());
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        userService.recordSuccessfulLogin(event.getAuthentication().getName());
    }
}
