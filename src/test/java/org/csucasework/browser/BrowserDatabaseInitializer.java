package org.csucasework.browser;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.csucasework.support.TestDatabase;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points the browser tests at their own PostgreSQL database, the test database's name with {@code _browser} added,
 * dropped and created afresh once per run: the journeys then start from the demo data alone (the daily tasking
 * agenda holds the demo reports and theirs, not the hundreds the other tests leave behind).
 */
public class BrowserDatabaseInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static volatile String url;

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("browserTestDatabase",
                TestDatabase.properties(freshDatabase())));
    }

    static synchronized String freshDatabase() {
        if (url != null) {
            return url;
        }
        String base = TestDatabase.url();
        int query = base.indexOf('?');
        String withoutQuery = query < 0 ? base : base.substring(0, query);
        String parameters = query < 0 ? "" : base.substring(query);
        int slash = withoutQuery.lastIndexOf('/');
        String name = withoutQuery.substring(slash + 1).replaceAll("[^A-Za-z0-9_]", "") + "_browser";
        String adminUrl = withoutQuery.substring(0, slash + 1) + "postgres" + parameters;
        try (Connection connection = DriverManager.getConnection(adminUrl, TestDatabase.user(), TestDatabase.password());
             Statement statement = connection.createStatement()) {
            statement.execute("drop database if exists \"" + name + "\" with (force)");
            statement.execute("create database \"" + name + "\"");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create the browser test database " + name + " at " + adminUrl
                    + ": " + e.getMessage(), e);
        }
        url = withoutQuery.substring(0, slash + 1) + name + parameters;
        return url;
    }
}
