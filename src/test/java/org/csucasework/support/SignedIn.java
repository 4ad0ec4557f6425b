package org.csucasework.support;

import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Runs service calls as a demo user, the way a signed-in request would: the account is loaded through the
 * application's own {@link UserDetailsService}, so roles come from the database. Works on any thread.
 */
public final class SignedIn {

    private final UserDetailsService accounts;

    public SignedIn(UserDetailsService accounts) {
        this.accounts = accounts;
    }

    public <T> T as(String username, Supplier<T> work) {
        UserDetails user = accounts.loadUserByUsername(username);
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user.getUsername(), null,
                user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public void run(String username, Runnable work) {
        as(username, () -> {
            work.run();
            return null;
        });
    }

    /**
     * Signs the current thread in as the user until the test signs it out or in as someone else: for tests whose
     * every step runs as one user at a time. The principal is the loaded account, as after a form login.
     */
    public void signIn(String username) {
        UserDetails user = accounts.loadUserByUsername(username);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
    }

    /** The work as a task for another thread, signed in there as the user. */
    public <T> Callable<T> task(String username, Supplier<T> work) {
        return () -> as(username, work);
    }
}
