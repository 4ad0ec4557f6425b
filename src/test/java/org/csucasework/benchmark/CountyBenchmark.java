package org.csucasework.benchmark;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.csucasework.intake.NewReport;
import org.csucasework.intake.ReportDimension;
import org.csucasework.intake.ReportLists;
import org.csucasework.intake.ReportService;
import org.csucasework.intake.SubjectRole;
import org.csucasework.people.PersonDetails;
import org.csucasework.reporting.FiguresService;
import org.csucasework.reporting.HeadlineFigure;
import org.csucasework.reporting.HeadlineFigures;
import org.csucasework.reporting.Period;
import org.csucasework.tasking.Agenda;
import org.csucasework.tasking.TaskingMeetingService;
import org.junit.jupiter.api.Test;
import org.csucasework.intake.ReportFilter;
import org.csucasework.intake.ReportStatus;
import org.csucasework.search.SearchQuery;
import org.csucasework.search.SearchService;
import org.csucasework.worklist.WorkListService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * The county-scale benchmark (issues 3 and 10), one run for everything: seeds {@code benchmark.reports} reports with
 * their people, places, actions, timelines, tasking reviews and process history ({@link CountyDataset}), then
 * measures, on that data,
 * <ul>
 *   <li>the tasking agenda, a person's and a place's history, the annual headline figures and the monthly table;</li>
 *   <li>logging a report with its process start at 1, 2, 4 and 8 concurrent users (rate, median and 95th
 *       percentile), each beside PostgreSQL's own single-row commit rate over JDBC with as many connections;</li>
 *   <li>the heap held per signed-in UI session on the tasking page ({@link UiSessionHeap}).</li>
 * </ul>
 * Results replace the County scale section of docs/benchmarks.md, with the machine, the load average and the date.
 *
 * <p>Not part of the test suite (its name does not end in Test): {@code mvn -Pbenchmark test -Dbenchmark.reports=200000}
 * (README, Benchmarks). It drops and creates its database ({@code BENCH_DB_URL}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK,
        properties = {"camunda.bpm.job-execution.enabled=false", "logging.level.root=warn"})
@ActiveProfiles("test")
@ContextConfiguration(initializers = BenchmarkDatabase.class)
class CountyBenchmark {

    private static final ZoneId ZONE = ZoneId.of("Europe/London");
    private static final int REPORTS = Integer.getInteger("benchmark.reports", 200_000);

    /** One section per dataset size, so that the 200,000 and the 1,000,000 runs stand side by side. */
    private static String title() {
        return "County scale, %,d reports (issues 3 and 10)".formatted(REPORTS);
    }
    private static final int QUERY_SAMPLES = Integer.getInteger("benchmark.querySamples", 200);
    private static final int FIGURE_SAMPLES = Integer.getInteger("benchmark.figureSamples", 20);
    private static final int LOGS_PER_LEVEL = Integer.getInteger("benchmark.logsPerLevel", 1_000);
    private static final int UI_SESSIONS = Integer.getInteger("benchmark.uiSessions", 50);
    private static final int[] CONCURRENCY = {1, 2, 4, 8};

    @Autowired JdbcTemplate jdbc;
    @Autowired DataSource dataSource;
    @Autowired ReportService reports;
    @Autowired ReportLists reportLists;
    @Autowired TaskingMeetingService tasking;
    @Autowired FiguresService figures;
    @Autowired ApplicationContext applicationContext;
    @Autowired SearchService search;
    @Autowired WorkListService workList;
    @Autowired Clock clock;

    @Test
    void measureAtCountyScale() throws Exception {
        try (LoadAverage load = new LoadAverage()) {
            run(load);
        }
    }

    private void run(LoadAverage load) throws Exception {
        long seedStart = System.nanoTime();
        Map<String, Double> seedSteps = CountyDataset.seed(dataSource, REPORTS);
        double seedSeconds = (System.nanoTime() - seedStart) / 1e9;
        Map<String, Long> stored = counts("report", "person", "place", "report_subject", "action", "case_history_entry",
                "tasking_review", "act_hi_procinst", "act_hi_actinst", "act_hi_varinst");

        Random random = new Random(42);
        List<Long> personIds = jdbc.queryForList("select id from person order by id", Long.class);
        List<Long> placeIds = jdbc.queryForList("select id from place where label like 'Bench%' order by id", Long.class);
        Map<String, Object> busiestPlace = jdbc.queryForMap("select place_id, count(*) as n from report "
                + "group by place_id order by count(*) desc limit 1");
        Map<String, Object> busiestPerson = jdbc.queryForMap("select person_id, count(*) as n from report_subject "
                + "group by person_id order by count(*) desc limit 1");
        LocalDate today = ZonedDateTime.now(clock.withZone(ZONE)).toLocalDate();

        runAs("supervisor", "ROLE_SUPERVISOR");
        Agenda agendaCheck = tasking.agenda(today);
        Measurements agenda = time(QUERY_SAMPLES, () -> tasking.agenda(today));
        runAs("caseworker", "ROLE_CASEWORKER");
        Measurements personHistory = time(QUERY_SAMPLES,
                () -> reports.historyOfPerson(personIds.get(random.nextInt(personIds.size()))));
        Measurements placeHistory = time(QUERY_SAMPLES,
                () -> reports.historyOfPlace(placeIds.get(random.nextInt(placeIds.size()))));
        Long busiestPlaceId = ((Number) busiestPlace.get("place_id")).longValue();
        Long busiestPersonId = ((Number) busiestPerson.get("person_id")).longValue();
        Measurements busiestPlaceHistory = time(QUERY_SAMPLES, () -> reports.historyOfPlace(busiestPlaceId));
        Measurements busiestPersonHistory = time(QUERY_SAMPLES, () -> reports.historyOfPerson(busiestPersonId));
        String caseRecord = new CaseRecordMeasurements(jdbc, search, reportLists, workList, QUERY_SAMPLES).measure(random);
        runAs("analyst", "ROLE_ANALYST");
        Period year = figures.currentStrategicYear();
        HeadlineFigures headlineCheck = figures.headline(year);
        Measurements headline = time(FIGURE_SAMPLES, () -> figures.headline(year));
        Measurements monthly = time(FIGURE_SAMPLES, () -> figures.monthly(ReportDimension.CATEGORY, year, null));
        SecurityContextHolder.clearContext();

        List<String> rows = new ArrayList<>();
        for (int threads : CONCURRENCY) {
            LoggingRun logging = logReports(threads, LOGS_PER_LEVEL);
            double ceiling = databaseCeiling(threads, LOGS_PER_LEVEL * 2);
            rows.add(String.format(Locale.ROOT, "| %d | %.0f /s | %s | %s | %.0f /s | %.1f%% |", threads,
                    logging.perSecond, Measurements.ms(logging.latencies.medianMillis()),
                    Measurements.ms(logging.latencies.p95Millis()), ceiling, 100 * logging.perSecond / ceiling));
        }

        // The page the sessions open: the agenda now includes the reports the logging runs left waiting.
        runAs("supervisor", "ROLE_SUPERVISOR");
        Agenda onPage = tasking.agenda(today);
        SecurityContextHolder.clearContext();
        UiSessionHeap.Result heap = new UiSessionHeap(applicationContext).measure(UI_SESSIONS);

        String section = """
                ## %s — %s

                Machine: %s. Load: %s.

                Run: `mvn -Pbenchmark test -Dbenchmark.reports=%d` (README, Benchmarks). Times are server side, measured
                in the service layer as the signed-in user, after warm-up; %d samples per query, %d per figure.

                Dataset: %s. Seeded with set-based SQL (`INSERT ... SELECT` over `generate_series`, one statement per
                table, `synchronous_commit` off, no row crosses the network) in %.0f s: %s. The work grows with the
                rows (and the indexes they feed).

                | query | median | 95th percentile |
                |---|---|---|
                | tasking agenda as a supervisor (%d new reports, %d actions due or overdue, %d flagged) | %s | %s |
                | a person's history (a random person) | %s | %s |
                | a place's history (a random place) | %s | %s |
                | the busiest person's history (%,d reports as a person involved) | %s | %s |
                | the busiest place's history (%,d reports; lists stop at 200) | %s | %s |
                | annual headline figures, %s beside the year before (reports received %,d / %,d) | %s | %s |
                | monthly table, category x month, all categories | %s | %s |

                Logging a report with its process start (%,d reports per level through `ReportService.log`: validation,
                repeat detection, people and place matching, the report, its timeline, and the Camunda process instance
                with its first tasks, in one transaction), beside the database's own ceiling on this machine:
                single-row `INSERT` commits per second over JDBC with autocommit and as many connections.

                | concurrent users | reports logged | median latency | 95th percentile | single-row commits | ratio |
                |---|---|---|---|---|---|
                %s

                Heap per active UI session, on the tasking page showing %d new reports, %d actions due or overdue and
                %d flagged reports (the agenda after the logging runs): %s
                """.formatted(title(), LocalDate.now(clock), MachineInfo.describe(jdbc), load.summary(), REPORTS,
                QUERY_SAMPLES,
                FIGURE_SAMPLES, describe(stored), seedSeconds, describeSteps(seedSteps),
                agendaCheck.newReports().size(), agendaCheck.actionsByAgency().values().stream().mapToInt(List::size).sum(),
                agendaCheck.flagged().size(),
                Measurements.ms(agenda.medianMillis()), Measurements.ms(agenda.p95Millis()),
                Measurements.ms(personHistory.medianMillis()), Measurements.ms(personHistory.p95Millis()),
                Measurements.ms(placeHistory.medianMillis()), Measurements.ms(placeHistory.p95Millis()),
                ((Number) busiestPerson.get("n")).longValue(),
                Measurements.ms(busiestPersonHistory.medianMillis()), Measurements.ms(busiestPersonHistory.p95Millis()),
                ((Number) busiestPlace.get("n")).longValue(),
                Measurements.ms(busiestPlaceHistory.medianMillis()), Measurements.ms(busiestPlaceHistory.p95Millis()),
                year.label(), headlineCheck.row(HeadlineFigure.REPORTS_RECEIVED).current(),
                headlineCheck.row(HeadlineFigure.REPORTS_RECEIVED).previous(),
                Measurements.ms(headline.medianMillis()), Measurements.ms(headline.p95Millis()),
                Measurements.ms(monthly.medianMillis()), Measurements.ms(monthly.p95Millis()),
                LOGS_PER_LEVEL, String.join("\n", rows), onPage.newReports().size(),
                onPage.actionsByAgency().values().stream().mapToInt(List::size).sum(), onPage.flagged().size(),
                heap.describe());
        section = section + caseRecord;
        BenchmarkReport.replaceSection(title(), section);
        System.out.println(section);
    }

    private Map<String, Long> counts(String... tables) {
        Map<String, Long> counts = new java.util.LinkedHashMap<>();
        for (String table : tables) {
            counts.put(table, jdbc.queryForObject("select count(*) from " + table, Long.class));
        }
        return counts;
    }

    private static String describe(Map<String, Long> stored) {
        return stored.entrySet().stream()
                .map(e -> String.format(Locale.ROOT, "%,d %s", e.getValue(), e.getKey()))
                .collect(Collectors.joining(", "));
    }

    private static String describeSteps(Map<String, Double> steps) {
        return steps.entrySet().stream()
                .map(e -> String.format(Locale.ROOT, "%s %.1f s", e.getKey(), e.getValue()))
                .collect(Collectors.joining(", "));
    }

    private record LoggingRun(double perSecond, Measurements latencies) {
    }

    private LoggingRun logReports(int threads, int count) throws Exception {
        Measurements latencies = new Measurements();
        AtomicInteger next = new AtomicInteger();
        List<String> wards = jdbc.queryForList("select ons_code from ward where active order by ons_code", String.class);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                futures.add(pool.submit(() -> {
                    runAs("caseworker", "ROLE_CASEWORKER");
                    int i;
                    while ((i = next.getAndIncrement()) < count) {
                        // Existing places and people recur, as they do at the intake desk.
                        NewReport report = new NewReport(clock.instant().minusSeconds(60), "ASB_NUISANCE",
                                wards.get(i % wards.size()), null, "Bench place " + (1 + (i * 7919) % 5000),
                                "KENT_POLICE", i % 10 == 0,
                                new PersonDetails(null, "Bench Person " + (1 + (i * 104729) % 9000), null,
                                        "07700 900000", null, null),
                                List.of(new NewReport.Subject(SubjectRole.ALLEGED_PERPETRATOR,
                                        PersonDetails.named("Bench Person " + (1 + (i * 15485863) % 9000)))),
                                "Benchmark report: loud music late at night");
                        long began = System.nanoTime();
                        reports.log(report, null);
                        latencies.add(System.nanoTime() - began);
                    }
                    SecurityContextHolder.clearContext();
                    return null;
                }));
            }
            for (Future<?> future : futures) {
                future.get();
            }
        } finally {
            pool.shutdown();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return new LoggingRun(count / seconds, latencies);
    }

    /** PostgreSQL's single-row commit rate with {@code threads} connections: the ceiling for any logging rate. */
    private double databaseCeiling(int threads, int count) throws Exception {
        jdbc.execute("create table if not exists bench_ceiling (id bigserial primary key, payload varchar(100))");
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                futures.add(pool.submit(() -> {
                    try (Connection connection = dataSource.getConnection();
                         PreparedStatement insert = connection.prepareStatement(
                                 "insert into bench_ceiling (payload) values (?)")) {
                        connection.setAutoCommit(true);
                        while (next.getAndIncrement() < count) {
                            insert.setString(1, "ceiling");
                            insert.executeUpdate();
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> future : futures) {
                future.get();
            }
        } finally {
            pool.shutdown();
        }
        return count / ((System.nanoTime() - start) / 1e9);
    }

    private static Measurements time(int samples, Supplier<?> operation) {
        for (int i = 0; i < Math.max(5, samples / 10); i++) {
            operation.get();
        }
        Measurements measurements = new Measurements();
        for (int i = 0; i < samples; i++) {
            long start = System.nanoTime();
            operation.get();
            measurements.add(System.nanoTime() - start);
        }
        return measurements;
    }

    static void runAs(String username, String... authorities) {
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(username, null,
                java.util.Arrays.stream(authorities).map(SimpleGrantedAuthority::new).toList()));
    }
}
