package org.csucasework.security.internal;

import lombok.RequiredArgsConstructor;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Component;

/**
 * Ends a user's sessions. The session registry marks them expired; Spring Security's concurrent-session filter then
 * logs the user out on their very next request, UI or API.
 */
@Component
@RequiredArgsConstructor
public class UserSessions {

    private final SessionRegistry registry;

    /** @return how many sessions were ended */
    public int endSessionsOf(String username) {
        int ended = 0;
        for (Object principal : registry.getAllPrincipals()) {
            if (principal instanceof UserDetails details && details.getUsername().equals(username)) {
                for (SessionInformation session : registry.getAllSessions(principal, false)) {
                    session.expireNow();
                    ended++;
                }
            }
        }
        return ended;
    }
}
