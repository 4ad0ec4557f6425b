package org.csucasework.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * For a test class that starts an application of its own (not the shared {@link IntegrationTest} one) in the same
 * JVM. Starting the application makes Vaadin install its own strategy in the static {@link SecurityContextHolder};
 * the shared application keeps using the strategy it installed, so static callers (Camunda's web app hand-over,
 * {@link RunAs}) would no longer see what Spring Security stored. The strategy in place before the class is put back
 * afterwards. Use together with {@code @DirtiesContext}, so the extra application is closed.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(OwnApplicationContext.RestoreSecurityContextHolderStrategy.class)
public @interface OwnApplicationContext {

    class RestoreSecurityContextHolderStrategy implements BeforeAllCallback, AfterAllCallback {

        private static final ExtensionContext.Namespace NAMESPACE =
                ExtensionContext.Namespace.create(RestoreSecurityContextHolderStrategy.class);

        @Override
        public void beforeAll(ExtensionContext context) {
            context.getStore(NAMESPACE).put(SecurityContextHolderStrategy.class,
                    SecurityContextHolder.getContextHolderStrategy());
        }

        @Override
        public void afterAll(ExtensionContext context) {
            SecurityContextHolderStrategy previous = context.getStore(NAMESPACE)
                    .get(SecurityContextHolderStrategy.class, SecurityContextHolderStrategy.class);
            if (previous != null) {
                SecurityContextHolder.setContextHolderStrategy(previous);
            }
        }
    }
}
