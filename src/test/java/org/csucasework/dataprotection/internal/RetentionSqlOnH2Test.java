package org.csucasework.dataprotection.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.csucasework.dataprotection.RecordKind;
import org.csucasework.dataprotection.RetentionCandidate;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * The V9 migration and the retention, erasure and lease SQL also run on H2 in PostgreSQL mode, the zero-set-up
 * database of {@code mvn spring-boot:run}.
 */
class RetentionSqlOnH2Test {

    private final JdbcDataSource h2 = new JdbcDataSource();
    private final JdbcTemplate jdbc;

    RetentionSqlOnH2Test() {
        h2.setURL("jdbc:h2:mem:retention-" + UUID.randomUUID() + ";MODE=PostgreSQL;DEFAULT_NULL_ORDERING=HIGH;"
                + "DB_CLOSE_DELAY=-1");
        h2.setUser("sa");
        Flyway.configure().dataSource(h2).locations("classpath:db/migration").load().migrate();
        jdbc = new JdbcTemplate(h2);
    }

    @Test
    void retentionFindsAndAnonymisesOldClosedReportsAndTheirPeople() {
        long oldReporter = person("Olive Old");
        long keptReporter = person("Kim Kept");
        long old = report("H2-OLD", "CLOSED", "2001-05-01 10:00:00", oldReporter);
        long open = report("H2-OPEN", "IN_PROGRESS", null, keptReporter);
        RetentionStore store = new RetentionStore(new NamedParameterJdbcTemplate(h2));
        LocalDateTime cutoff = LocalDateTime.of(2020, 1, 1, 0, 0);
        RetentionStore.Cutoffs cutoffs = new RetentionStore.Cutoffs(cutoff, cutoff, cutoff);

        List<RetentionCandidate> candidates = store.candidates(cutoffs, 10);
        assertThat(candidates).extracting(RetentionCandidate::kind, RetentionCandidate::reference)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(RecordKind.REPORT, "H2-OLD"));
        assertThat(store.countPeople(cutoffs)).isEqualTo(1);
        assertThat(store.peopleWithNothingKept(cutoffs)).containsExactly(oldReporter);

        Anonymiser anonymiser = new Anonymiser(new NamedParameterJdbcTemplate(h2));
        LocalDateTime now = LocalDateTime.of(2026, 1, 1, 0, 0);
        anonymiser.people(store.peopleWithNothingKept(cutoffs), now);
        anonymiser.reports(List.of(old), now);
        anonymiser.taskGroups(List.of(), now);

        assertThat(jdbc.queryForObject("select description from report where id = ?", String.class, old))
                .isEqualTo(Anonymiser.ANONYMISED);
        assertThat(jdbc.queryForObject("select full_name from person where id = ?", String.class, oldReporter))
                .isEqualTo(Anonymiser.ANONYMISED_PERSON);
        assertThat(jdbc.queryForObject("select description from report where id = ?", String.class, open))
                .isEqualTo("About Kim Kept");
        assertThat(store.candidates(cutoffs, 10)).isEmpty();

        assertThat(anonymiser.erase(keptReporter, 0, "Kim Kept", now)).isTrue();
        assertThat(jdbc.queryForObject("select description from report where id = ?", String.class, open))
                .isEqualTo("About [erased]");
        assertThat(anonymiser.erase(keptReporter, 0, "Kim Kept", now)).as("the version moved on").isFalse();
    }

    @Test
    void onlyOneHolderOfTheLeaseAtATime() {
        JobLock first = new JobLock(jdbc, Clock.systemUTC());
        JobLock second = new JobLock(jdbc, Clock.systemUTC());

        assertThat(first.tryLock("retention", Duration.ofMinutes(5))).isTrue();
        assertThat(second.tryLock("retention", Duration.ofMinutes(5))).isFalse();
        first.unlock("retention");
        assertThat(second.tryLock("retention", Duration.ofMinutes(5))).isTrue();
    }

    private long person(String name) {
        jdbc.update("insert into person (full_name, name_key, created_at) values (?, ?, current_timestamp)", name,
                name.toLowerCase());
        return jdbc.queryForObject("select max(id) from person", Long.class);
    }

    private long report(String reference, String status, String closedAt, long reporter) {
        jdbc.update("insert into report (reference, received_at, incident_date, category_code, source_agency_code,"
                + " owning_agency_code, anonymous, reporter_person_id, description, status, closed_at, created_at,"
                + " created_by) values (?, timestamp '2001-04-01 10:00:00', date '2001-04-01', 'NOIALM', 'SDC_CSU', 'SDC_CSU', false, ?, ?, ?,"
                + " cast(? as timestamp), current_timestamp, 'test')", reference, reporter,
                "About " + jdbc.queryForObject("select full_name from person where id = ?", String.class, reporter),
                status, closedAt);
        return jdbc.queryForObject("select id from report where reference = ?", Long.class, reference);
    }
}
