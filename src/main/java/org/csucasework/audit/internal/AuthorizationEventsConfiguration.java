package org.csucasework.audit.internal;

import org.csucasework.audit.AuditTrail;
import org.springframework.aop.Advisor;
import org.springframework.aop.ClassFilter;
import org.springframework.aop.support.ComposablePointcut;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Role;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.stereotype.Service;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authorization.AuthorizationEventPublisher;
import org.springframework.security.authorization.SpringAuthorizationEventPublisher;

/**
 * Makes Spring Security publish an {@code AuthorizationDeniedEvent} for every refusal, by a URL rule or by method
 * security, so that {@link SecurityEventAuditor} can record it. (Without this bean method security publishes none.)
 */
@Configuration
class AuthorizationEventsConfiguration {

    /**
     * Wraps the services of the product ({@code @Service} classes under org.csucasework) to record the refusals they
     * make themselves. An infrastructure advisor, so that the auto-proxy creator applies it as it applies
     * {@code @Transactional} and method security. Outermost of all advice: when it sees a call end, the call's
     * transaction has ended too (see {@link AuditWriter}).
     */
    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static Advisor serviceRefusalAdvisor(ObjectProvider<AuditTrail> trail, ObjectProvider<AuditWriter> writer) {
        ClassFilter ourServices = type -> type.getName().startsWith("org.csucasework.")
                && AnnotatedElementUtils.hasAnnotation(type, Service.class);
        DefaultPointcutAdvisor advisor = new DefaultPointcutAdvisor(new ComposablePointcut(ourServices),
                new ServiceRefusalAuditor(trail, writer));
        advisor.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return advisor;
    }

    @Bean
    AuthorizationEventPublisher authorizationEventPublisher(ApplicationEventPublisher publisher) {
        return new SpringAuthorizationEventPublisher(publisher);
    }
}
