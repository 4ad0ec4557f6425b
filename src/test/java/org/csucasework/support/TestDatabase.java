package org.csucasework.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The PostgreSQL database the tests run against: {@code jdbc:postgresql://127.0.0.1:5432/csu_casework_test} unless
 * {@code TEST_DB_URL} (environment) or {@code test.db.url} (system property) says otherwise, user {@code TEST_DB_USER}
 * (default postgres), password {@code TEST_DB_PASSWORD} (default empty). It is created on first use when missing.
 */
public final class TestDatabase {

    private static volatile boolean ensured;

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
