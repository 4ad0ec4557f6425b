package org.csucasework.security.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;

/**
 * Camunda's container-based authentication filter without its look-up in Camunda's own user store.
 *
 * <p>The stock filter builds the web app session through {@code AuthenticationUtil.createAuthentication}, which
 * since 7.20 returns {@code null} for a user Camunda's identity service does not know; the filter then fails with a
 * {@link NullPointerException}. Our users live in the product's tables only, so the authentication is built here
 * from what {@link CamundaWebappAuthentication} (and so Spring Security) says. The engine runs without Camunda
 * authorisation, so every administrator gets every web app, as Camunda itself would grant.
 */
public class CamundaWebappAuthenticationFilter extends ContainerBasedAuthenticationFilter {

    @Override
    protected UserAuthentication createAuthentication(ProcessEngine engine, String username, List<String> groups,
                                                      List<String> tenants) {
        UserAuthentication authentication = new UserAuthentication(username, engine.getName());
        authentication.setGroupIds(groups == null ? List.of() : List.copyOf(groups));
        authentication.setTenantIds(tenants == null ? List.of() : List.copyOf(tenants));
        Set<String> apps = new HashSet<>(Set.of(AuthenticationUtil.APPS));
        apps.add(AuthenticationUtil.APP_WELCOME);
        authentication.setAuthorizedApps(apps);
        return authentication;
    }
}
