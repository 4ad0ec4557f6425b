package org.csucasework.support;

import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.csucasework.shared.Role;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.User;

/**
 * Runs a piece of test set-up as a given user, for tests that cannot sign in with {@code @WithMockUser} for the whole
 * method (for example because the method itself signs in through the login form). The previous context is restored.
 */
public final class RunAs {

    private RunAs() {
    }

    /** As the demo administrator {@code admin}. */
    public static <T> T administrator(Supplier<T> action) {
        return user("admin", action, Role.ADMIN);
    }

    public static <T> T user(String username, Supplier<T> action, Role... roles) {
        List<GrantedAuthority> authorities = Arrays.stream(roles)
                .map(role -> (GrantedAuthority) new SimpleGrantedAuthority(role.authority())).toList();
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                new User(username, "", authorities), null, authorities));
        SecurityContextHolder.setContext(context);
        try {
            return action.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
