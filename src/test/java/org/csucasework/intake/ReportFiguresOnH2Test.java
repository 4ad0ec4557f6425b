package org.csucasework.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * The migrations and the figures' aggregate SQL also run on H2 in PostgreSQL mode, the zero-set-up database of
 * {@code mvn spring-boot:run}: the same SQL serves both.
 */
class ReportFiguresOnH2Test {

    @Test
    void theMigrationsAndTheMonthlyCountsRunOnH2() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:figures-" + UUID.randomUUID() + ";MODE=PostgreSQL;DEFAULT_NULL_ORDERING=HIGH;"
                + "DB_CLOSE_DELAY=-1");
        h2.setUser("sa");
        Flyway.configure().dataSource(h2).locations("classpath:db/migration").load().migrate();
        JdbcTemplate jdbc = new JdbcTemplate(h2);
        insert(jdbc, "H2-1", "2002-01-10 10:00:00", "NOIALM", "E05005008");
        insert(jdbc, "H2-2", "2002-02-10 10:00:00", "NOIALM", null);
        insert(jdbc, "H2-3", "2002-02-11 10:00:00", "NOIDOG", "E05005008");
        insert(jdbc, "H2-4", "2001-12-11 10:00:00", "NOIDOG", "E05005008");

        ReportFigures figures = new ReportFigures(new NamedParameterJdbcTemplate(h2), null, null, null);
        List<IntervalCounts> counts = figures.countByInterval(ReportDimension.WARD, List.of(
                Instant.parse("2001-12-01T00:00:00Z"), Instant.parse("2002-01-01T00:00:00Z"),
                Instant.parse("2002-02-01T00:00:00Z"), Instant.parse("2002-03-01T00:00:00Z")));

        assertThat(counts).hasSize(2);
        assertThat(counts.get(0).code()).isEqualTo("E05005008");
        assertThat(counts.get(0).counts()).containsExactly(1, 1, 1);
        assertThat(counts.get(1).code()).isNull();
        assertThat(counts.get(1).counts()).containsExactly(0, 0, 1);
        assertThat(figures.countReceived(Instant.parse("2002-01-01T00:00:00Z"), Instant.parse("2002-03-01T00:00:00Z")))
                .isEqualTo(3);
    }

    private static void insert(JdbcTemplate jdbc, String reference, String receivedAt, String category, String ward) {
        jdbc.update("insert into report (reference, received_at, incident_date, category_code, ward_code, "
                + "source_agency_code, owning_agency_code, anonymous, status, created_at, created_by) "
                + "values (?, cast(? as timestamp), cast(cast(? as timestamp) as date), ?, ?, "
                + "'SDC_CSU', 'SDC_CSU', false, 'CLOSED', current_timestamp, 'test')", reference, receivedAt, receivedAt, category,
                ward);
    }
}
