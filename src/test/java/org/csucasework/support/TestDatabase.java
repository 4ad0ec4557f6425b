package org.csucasework.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/**
 * The PostgreSQL database the tests run against: {@code jdbc:postgresql://127.0.0.1:5432/csu_casework_test} unless
 * {@code TEST_DB_URL} (environment) or {@code test.db.url} (system property) says otherwise, user {@code TEST_DB_USER}
 * (default postgres), password {@code TEST_DB_PASSWORD} (default empty). It is created on first use when missing.
 *
 * <p>Two roles, as in production (docs/decisions/0016): Flyway migrates as that user, the owner, and the application
 * connects as {@code TEST_DB_APP_USER} (default {@code csu_casework_app}, password {@code TEST_DB_APP_PASSWORD}), a
 * role that owns nothing, created on first use when missing. The test profile refuses to start as an owner.
 */
public final class TestDatabase {

    private static volatile boolean ensured;
    private static volatile boolean roleEnsured;

    private TestDatabase() {
    }

    public static String url() {
        String fromEnv = System.getenv("TEST_DB_URL");
        if (fromEnv != null && !fromEnv.isBlank()) {
            return fromEnv;
        }
        return System.getProperty("test.db.url", "jdbc:postgresql://127.0.0.1:5432/csu_casework_test");
    }

    public static String user() {
        String user = System.getenv("TEST_DB_USER");
        return user == null || user.isBlank() ? "postgres" : user;
    }

    public static String password() {
        String password = System.getenv("TEST_DB_PASSWORD");
        return password == null ? "" : password;
    }

    public static String appUser() {
        String user = System.getenv("TEST_DB_APP_USER");
        return user == null || user.isBlank() ? "csu_casework_app" : user;
    }

    public static String appPassword() {
        String password = System.getenv("TEST_DB_APP_PASSWORD");
        return password == null ? "" : password;
    }

    /** The properties that point the application at a database on the test server, with the two roles. */
    public static Map<String, Object> properties(String url) {
        ensureApplicationRole();
        return Map.of(
                "spring.datasource.url", url,
                "spring.datasource.username", appUser(),
                "spring.datasource.password", appPassword(),
                "spring.flyway.user", user(),
                "spring.flyway.password", password(),
                "spring.flyway.placeholders.app_role", appUser());
    }

    /** The application's role: may log in, owns nothing; created when missing (roles belong to the server). */
    static synchronized void ensureApplicationRole() {
        if (roleEnsured) {
            return;
        }
        try (Connection connection = DriverManager.getConnection(adminUrl(), user(), password());
             PreparedStatement exists = connection.prepareStatement("select 1 from pg_roles where rolname = ?")) {
            exists.setString(1, appUser());
            try (ResultSet rs = exists.executeQuery()) {
                if (!rs.next()) {
                    try (Statement create = connection.createStatement()) {
                        create.execute("create role \"" + appUser().replace("\"", "") + "\" login"
                                + (appPassword().isEmpty() ? "" : " password '" + appPassword().replace("'", "''") + "'"));
                    }
                }
            }
        } catch (SQLException e) {
            // Another JVM may have created it at the same moment.
            if (!"23505".equals(e.getSQLState()) && !"42710".equals(e.getSQLState())) {
                throw new IllegalStateException("Cannot create the application's role " + appUser() + ": "
                        + e.getMessage(), e);
            }
        }
        roleEnsured = true;
    }

    private static String adminUrl() {
        String url = url();
        int slash = url.lastIndexOf('/');
        int query = url.indexOf('?', slash);
        return url.substring(0, slash + 1) + "postgres" + (query < 0 ? "" : url.substring(query));
    }

    /** Creates the test database when it does not exist yet, connecting to the server's {@code postgres} database. */
    public static synchronized void ensureExists() {
        if (ensured) {
            return;
        }
        String url = url();
        int slash = url.lastIndexOf('/');
        int query = url.indexOf('?', slash);
        String name = query < 0 ? url.substring(slash + 1) : url.substring(slash + 1, query);
        String adminUrl = url.substring(0, slash + 1) + "postgres" + (query < 0 ? "" : url.substring(query));
        try (Connection connection = DriverManager.getConnection(adminUrl, user(), password());
             PreparedStatement exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, name);
            try (ResultSet rs = exists.executeQuery()) {
                if (!rs.next()) {
                    try (Statement create = connection.createStatement()) {
                        create.execute("create database \"" + name.replace("\"", "") + "\"");
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach PostgreSQL for the tests at " + adminUrl
                    + " (start it, or set TEST_DB_URL): " + e.getMessage(), e);
        }
        ensured = true;
    }
}
