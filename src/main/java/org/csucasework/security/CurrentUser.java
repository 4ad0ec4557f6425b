package org.csucasework.security;

import java.util.Set;
import org.csucasework.shared.Role;

/** The signed-in user as the rest of the product sees them: what they may do and for which agency. */
public record CurrentUser(Long id, String username, String fullName, Long agencyId, String agencyCode,
                          String agencyName, Set<Role> roles) {

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean hasAny(Role... wanted) {
        for (Role role : wanted) {
            if (roles.contains(role)) {
                return true;
            }
        }
        return false;
    }
}
