package org.csucasework.security.internal;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.db.DbReadOnlyIdentityServiceProvider;
import org.camunda.bpm.engine.impl.persistence.GenericManagerFactory;
import org.springframework.stereotype.Component;

/**
 * Makes the engine's own user store read-only (and so it stays empty): users, roles and passwords belong to the
 * product. Without this, Cockpit, Tasklist and Admin see an empty, writable store and send every visitor to Camunda's
 * "create the initial user" page; with it they accept the administrator handed over by
 * {@link CamundaWebappAuthenticationFilter}, and nobody can create Camunda-own users from the Admin web app.
 */
@Component
class CamundaReadOnlyIdentity extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setIdentityProviderSessionFactory(
                new GenericManagerFactory(DbReadOnlyIdentityServiceProvider.class));
    }
}
