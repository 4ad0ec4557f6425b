package org.csucasework.security.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.impl.ContainerBasedAuthenticationProvider;
import org.csucasework.shared.Role;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Hands the product's own login to Cockpit, Tasklist and Admin, so administrators enter them without a second
 * password. Spring Security has already refused everyone but administrators on {@code /camunda/**}; this only
 * tells the web apps who the user is. Administrators are put in Camunda's {@code camunda-admin} group.
 */
public class CamundaWebappAuthentication extends ContainerBasedAuthenticationProvider {

    static final String CAMUNDA_ADMIN_GROUP = "camunda-admin";

    @Override
    public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated() || authentication.getName() == null) {
            return AuthenticationResult.unsuccessful();
        }
        boolean admin = authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .anyMatch(Role.ADMIN.authority()::equals);
        if (!admin) {
            return AuthenticationResult.unsuccessful();
        }
        AuthenticationResult result = AuthenticationResult.successful(authentication.getName());
        result.setGroups(List.of(CAMUNDA_ADMIN_GROUP));
        return result;
    }
}
