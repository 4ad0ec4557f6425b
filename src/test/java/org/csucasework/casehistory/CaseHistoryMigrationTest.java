package org.csucasework.casehistory;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.csucasework.support.TestDatabase;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The migration to one history (V24) on PostgreSQL: a database as the last release left it, with rows in the four
 * old timelines, is migrated, and every row is in the new history with its case, time, actor, code and text, as the
 * right kind of entry; a group's completed actions become entries; the old tables are gone.
 */
class CaseHistoryMigrationTest {

    @Test
    void theFourOldTimelinesMoveIntoTheOneHistory() throws SQLException {
        String url = freshDatabase();
        // V9 was the last migration of the release before the one history (later ones are out of order anyway).
        flyway(url).target("9").load().migrate();
        // One connection, so that the session setting below holds for the inserts after it.
        SingleConnectionDataSource connection = new SingleConnectionDataSource(url, TestDatabase.user(),
                TestDatabase.password(), true);
        JdbcTemplate jdbc = new JdbcTemplate(connection);
        // Parent rows need many columns that say nothing here: the session skips the foreign keys instead.
        jdbc.execute("set session_replication_role = replica");
        jdbc.update("insert into report_event (report_id, occurred_at, actor, kind, detail) values"
                + " (11, timestamp '2026-03-01 09:00:00', 'caseworker', 'LOGGED', 'Report logged'),"
                + " (11, timestamp '2026-03-02 10:00:00', 'supervisor', 'ACTION_ASSIGNED', 'Action for KENT_POLICE'),"
                + " (12, timestamp '2026-03-03 11:00:00', 'system', 'FLAGGED', null)");
        jdbc.update("insert into task_group_event (group_id, occurred_at, actor, kind, detail) values"
                + " (21, timestamp '2026-03-04 09:00:00', 'caseworker', 'PROPOSED', 'Proposed at tasking')");
        jdbc.update("insert into action (agency_code, description, due_date, status, outcome, source, created_at,"
                + " created_by, completed_at, completed_by, owner_kind, owner_id, owner_reference) values"
                + " ('WKHA', 'Fix the lights', date '2026-03-10', 'DONE', 'Lights fixed', 'TASK_AND_FINISH_GROUP',"
                + " timestamp '2026-03-04 10:00:00', 'caseworker', timestamp '2026-03-09 15:00:00', 'housing',"
                + " 'TASK_AND_FINISH_GROUP', 21, 'TFG-2026-0001')");
        jdbc.update("insert into escalation_event (case_id, occurred_at, actor, kind, detail) values"
                + " (31, timestamp '2026-03-05 09:00:00', 'supervisor', 'ISSUED', 'Warning letter issued')");
        jdbc.update("insert into marac_referral_event (referral_id, occurred_at, actor, kind, detail) values"
                + " (41, timestamp '2026-03-06 09:00:00', 'police', 'SUBMITTED', 'Referral submitted')");
        jdbc.execute("set session_replication_role = origin");

        flyway(url).load().migrate();

        List<Map<String, Object>> rows = jdbc.queryForList("select case_kind, case_id, entry_kind, actor, code, detail,"
                + " cast(occurred_at as varchar) as at from case_history_entry order by case_kind, case_id, occurred_at");
        assertThat(rows).extracting(r -> r.get("case_kind") + "/" + r.get("case_id") + "/" + r.get("entry_kind") + "/"
                + r.get("actor") + "/" + r.get("code") + "/" + r.get("detail")).containsExactly(
                "ESCALATION_CASE/31/LETTER/supervisor/ISSUED/Warning letter issued",
                "MARAC_REFERRAL/41/EVENT/police/SUBMITTED/Referral submitted",
                "REPORT/11/EVENT/caseworker/LOGGED/Report logged",
                "REPORT/11/ACTION/supervisor/ACTION_ASSIGNED/Action for KENT_POLICE",
                "REPORT/12/EVENT/system/FLAGGED/null",
                "TASK_GROUP/21/EVENT/caseworker/PROPOSED/Proposed at tasking",
                "TASK_GROUP/21/ACTION/housing/ACTION_COMPLETED/Action for WKHA completed: Lights fixed");
        assertThat(rows.get(2).get("at").toString()).startsWith("2026-03-01 09:00:00");
        assertThat(jdbc.queryForList("select table_name from information_schema.tables where table_name in"
                + " ('report_event', 'task_group_event', 'escalation_event', 'marac_referral_event')")).isEmpty();
        connection.destroy();
    }

    /** The application's Flyway settings (application.yml), on the given database. */
    private static FluentConfiguration flyway(String url) {
        return Flyway.configure().dataSource(url, TestDatabase.user(), TestDatabase.password())
                .locations("classpath:db/migration", "classpath:db/vendor/postgresql").outOfOrder(true)
                // One role here: nothing to grant to an application role (decision 0016).
                .placeholders(java.util.Map.of("app_role", ""));
    }

    /** A database of its own, next to the test database, made anew for each run. */
    private static String freshDatabase() throws SQLException {
        TestDatabase.ensureExists();
        String url = TestDatabase.url();
        int slash = url.lastIndexOf('/');
        int query = url.indexOf('?', slash);
        String name = (query < 0 ? url.substring(slash + 1) : url.substring(slash + 1, query)) + "_v24";
        try (Connection connection = DriverManager.getConnection(url, TestDatabase.user(), TestDatabase.password());
             Statement statement = connection.createStatement()) {
            statement.execute("drop database if exists \"" + name + "\" with (force)");
            statement.execute("create database \"" + name + "\"");
        }
        return url.substring(0, slash + 1) + name + (query < 0 ? "" : url.substring(query));
    }
}
