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
 * A fresh PostgreSQL database for each benchmark run, so that results do not depend on what earlier runs left
 * behind: dropped and created again before the application starts. The county benchmark uses
 * {@code csu_casework_bench} on the test server or {@code BENCH_DB_URL}; the figures benchmark has its own
 * ({@link Figures}), so that one never drops the other's database mid-run.
 */
public class BenchmarkDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private final String environmentVariable;
    private final String defaultName;

    public BenchmarkDatabase() {
        this("BENCH_DB_URL", "csu_casework_bench");
    }

    BenchmarkDatabase(String environmentVariable, String defaultName) {
        this.environmentVariable = environmentVariable;
        this.defaultName = defaultName;
    }

    /** The figures benchmark's database: {@code csu_casework_bench_figures} or {@code FIGURES_BENCH_DB_URL}. */
    public static class Figures extends BenchmarkDatabase {
        public Figures() {
            super("FIGURES_BENCH_DB_URL", "csu_casework_bench_figures");
        }
    }

    String url() {
        String fromEnv = System.getenv(environmentVariable);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return fromEnv;
        }
        String test = TestDatabase.url();
        return test.substring(0, test.lastIndexOf('/') + 1) + defaultName;
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
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("benchmarkDatabase", Map.of(
                "spring.datasource.url", url,
                "spring.datasource.username", TestDatabase.user(),
                "spring.datasource.password", TestDatabase.password(),
                // One role for everything: the seeding runs VACUUM ANALYZE, which only an owner may.
                "casework.database.role-check", "off",
                // Enough connections for the highest concurrency measured, plus the engine's own.
                "spring.datasource.hikari.maximum-pool-size", "20")));
    }
}
