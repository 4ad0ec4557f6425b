package org.csucasework.dataprotection.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.csucasework.dataprotection.RecordKind;
import org.csucasework.dataprotection.RetentionCandidate;
import org.csucasework.shared.ConflictException;
import org.csucasework.shared.personaldata.Erasure;
import org.csucasework.shared.personaldata.PastRetention;
import org.csucasework.shared.personaldata.PersonalData;
import org.csucasework.shared.personaldata.RecordType;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathBeanDefinitionScanner;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.core.type.filter.RegexPatternTypeFilter;
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
        PersonalDataModules modules = personalDataModules();
        RetentionStore store = new RetentionStore(new NamedParameterJdbcTemplate(h2), modules);
        LocalDateTime cutoff = LocalDateTime.of(2020, 1, 1, 0, 0);
        RetentionStore.Cutoffs cutoffs = new RetentionStore.Cutoffs(cutoff, cutoff, cutoff);

        List<RetentionCandidate> candidates = store.candidates(cutoffs, 10);
        assertThat(candidates).extracting(RetentionCandidate::kind, RetentionCandidate::reference)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(RecordKind.REPORT, "H2-OLD"));
        assertThat(store.countPeople(cutoffs)).isEqualTo(1);
        assertThat(store.peopleWithNothingKept(cutoffs)).containsExactly(oldReporter);

        LocalDateTime now = LocalDateTime.of(2026, 1, 1, 0, 0);
        modules.anonymise(new PastRetention(RecordType.PERSON, store.peopleWithNothingKept(cutoffs), now));
        modules.anonymise(new PastRetention(RecordType.REPORT, List.of(old), now));
        modules.anonymise(new PastRetention(RecordType.TASK_GROUP, List.of(), now));

        assertThat(jdbc.queryForObject("select description from report where id = ?", String.class, old))
                .isEqualTo(PersonalData.ANONYMISED);
        assertThat(jdbc.queryForObject("select full_name from person where id = ?", String.class, oldReporter))
                .isEqualTo(PersonalData.ANONYMISED_PERSON);
        assertThat(jdbc.queryForObject("select description from report where id = ?", String.class, open))
                .isEqualTo("About Kim Kept");
        assertThat(store.candidates(cutoffs, 10)).isEmpty();

        modules.erase(erasure(modules, keptReporter, now));
        assertThat(jdbc.queryForObject("select description from report where id = ?", String.class, open))
                .isEqualTo("About [erased]");
        assertThatThrownBy(() -> modules.erase(erasure(modules, keptReporter, now))).as("the version moved on")
                .isInstanceOf(ConflictException.class);
    }

    private static Erasure erasure(PersonalDataModules modules, long person, LocalDateTime at) {
        return new Erasure(person, 0, "Kim Kept", at, modules.recordsNaming(person));
    }

    /**
     * Every module's personal data on H2, as the application finds them; all but the case history's, which needs the
     * document store (its SQL is the same for every case type and runs in the PostgreSQL tests).
     */
    private PersonalDataModules personalDataModules() {
        GenericApplicationContext context = new GenericApplicationContext();
        context.registerBean(NamedParameterJdbcTemplate.class, () -> new NamedParameterJdbcTemplate(h2));
        context.registerBean(javax.sql.DataSource.class, () -> h2);
        context.registerBean(org.csucasework.shared.DatabaseVendor.class);
        ClassPathBeanDefinitionScanner scanner = new ClassPathBeanDefinitionScanner(context, false);
        scanner.addIncludeFilter(new AssignableTypeFilter(PersonalData.class));
        scanner.addExcludeFilter(new RegexPatternTypeFilter(Pattern.compile(".*\\.HistoryPersonalData")));
        scanner.scan("org.csucasework");
        context.registerBean(PersonalDataModules.class);
        context.refresh();
        return context.getBean(PersonalDataModules.class);
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
