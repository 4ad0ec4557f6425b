package org.csucasework.support;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/** Points the application at the PostgreSQL test database, creating it first when missing. */
public class PostgresTestDatabaseInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestDatabase.ensureExists();
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("postgresTestDatabase",
                TestDatabase.properties(TestDatabase.url())));
    }
}
