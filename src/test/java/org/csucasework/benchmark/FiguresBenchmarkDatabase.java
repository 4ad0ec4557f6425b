package org.csucasework.benchmark;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.csucasework.support.TestDatabase;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * A fresh PostgreSQL database for each figures benchmark run ({@code csu_casework_bench_figures} on the test server,
 * or {@code FIGURES_BENCH_DB_URL}): its own, so that it never drops the tasking benchmark's database mid-run.
 */
public class FiguresBenchmarkDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    static String url() {
        String fromEnv = System.getenv("FIGURES_BENCH_DB_URL");
        if (fromEnv != null && !fromEnv.isBlank()) {
            return fromEnv;
        }
        String test = TestDatabase.url();
        return test.substring(0, test.lastIndexOf('/') + 1) + "csu_casework_bench_figures";
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        String url = url();
        int slash = url.lastIndexOf('/');
        String name = url.substring(slash + 1);
        try (Connection admin = DriverManager.getConnection(url.substring(0, slash + 1) + "postgres",
                TestDatabase.user(), TestDatabase.password());
             Statement statement = admin.createStatement()) {
            statement.execute("drop database if exists \"" + name + "\" with (force)");
            statement.execute("create database \"" + name + "\"");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create the benchmark database " + url, e);
        }
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("figuresBenchmarkDatabase", Map.of(
                "spring.datasource.url", url,
                "spring.datasource.username", TestDatabase.user(),
                "spring.datasource.password", TestDatabase.password())));
    }
}
