package org.csucasework.security;

import java.util.Set;
import org.csucasework.shared.Role;

/**
 * How to reach an enabled user, for notifications: the account, its agency and roles, and the e-mail address (null
 * when none is recorded). Deliberately without the person's name.
 */
public record UserContact(Long id, String username, String email, String agencyCode, Set<Role> roles) {

    public boolean hasAny(Set<Role> wanted) {
        return roles.stream().anyMatch(wanted::contains);
    }
}
