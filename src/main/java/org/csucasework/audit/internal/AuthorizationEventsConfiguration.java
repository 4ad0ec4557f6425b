package org.csucasework.audit.internal;

import org.springframework.context.ApplicationEventPublisher;
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

    @Bean
    AuthorizationEventPublisher authorizationEventPublisher(ApplicationEventPublisher publisher) {
        return new SpringAuthorizationEventPublisher(publisher);
    }
}
