package org.csucasework.browser;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.csucasework.support.TestDatabase;

/**
 * The references of the demo data the browser tests start from, read from their database (the references carry the
 * year, so they are not fixed). Paths may name them as {@code {report}}, {@code {group}}, {@code {case}}, and for the
 * Community MARAC {@code {marac}} (the demo case) and {@code {meeting}} (the meeting it is on the agenda of).
 */
final class DemoReferences {

    private DemoReferences() {
    }

    static String resolve(String path) {
        String resolved = path;
        if (resolved.contains("{report}")) {
            resolved = resolved.replace("{report}", first("select reference from report order by id"));
        }
        if (resolved.contains("{group}")) {
            resolved = resolved.replace("{group}", first("select reference from task_group order by id"));
        }
        if (resolved.contains("{case}")) {
            resolved = resolved.replace("{case}", first("select reference from escalation_case order by id"));
        }
        if (resolved.contains("{marac}")) {
            resolved = resolved.replace("{marac}", first("select reference from marac_referral order by id"));
        }
        if (resolved.contains("{meeting}")) {
            resolved = resolved.replace("{meeting}", first("select meeting_id from marac_agenda_item order by id"));
        }
        return resolved;
    }

    static String first(String sql) {
        try (Connection connection = DriverManager.getConnection(BrowserDatabaseInitializer.freshDatabase(),
                TestDatabase.user(), TestDatabase.password());
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(sql)) {
            if (!rs.next()) {
                throw new IllegalStateException("No demo data for: " + sql);
            }
            return rs.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
