package org.csucasework.security.internal;

import java.time.Clock;
import lombok.RequiredArgsConstructor;
import org.csucasework.security.AppUser;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Loads accounts for Spring Security; a disabled or locked account cannot sign in. */
@Component
@RequiredArgsConstructor
class CaseworkUserDetailsService implements UserDetailsService {

    private final AppUserRepository users;
    private final Clock clock;

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        AppUser user = users.findByUsername(username == null ? "" : username.trim().toLowerCase())
                .orElseThrow(() -> new UsernameNotFoundException("Unknown user"));
        return User.withUsername(user.getUsername())
                .password(user.getPasswordHashForLogin())
                .authorities(user.getRoles().stream().map(r -> r.authority()).toArray(String[]::new))
                .disabled(!user.isEnabled())
                .accountLocked(user.isLockedAt(clock.instant()))
                .build();
    }
}
