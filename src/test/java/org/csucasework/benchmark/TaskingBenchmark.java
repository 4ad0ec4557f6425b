package org.csucasework.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.csucasework.intake.NewReport;
import org.csucasework.intake.ReportService;
import org.csucasework.intake.SubjectRole;
import org.csucasework.people.PersonDetails;
import org.csucasework.tasking.TaskingMeetingService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * The daily tasking benchmark (issue 3): with a county-scale dataset stored, how fast are the tasking agenda, a
 * person's and a place's history, and logging a report with its process start, and how does the logging rate
 * compare with PostgreSQL's own single-row commit rate on this machine. Results go to docs/benchmarks.md.
 *
 * <p>Not part of the test suite (its name does not end in Test): run it with
 * {@code mvn -Pbenchmark test -Dbenchmark.reports=200000}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK,
        properties = {"camunda.bpm.job-execution.enabled=false", "logging.level.root=warn"})
@ActiveProfiles("test")
@ContextConfiguration(initializers = BenchmarkDatabase.class)
class TaskingBenchmark {

    private static final int REPORTS = Integer.getInteger("benchmark.reports", 200_000);
    private static final int QUERY_SAMPLES = Integer.getInteger("benchmark.querySamples", 200);
    private static final int LOGS_PER_LEVEL = Integer.getInteger("benchmark.logsPerLevel", 1_000);
    private static final int[] CONCURRENCY = {1, 2, 4, 8};

    @Autowired JdbcTemplate jdbc;
    @Autowired DataSource dataSource;
    @Autowired ReportService reports;
    @Autowired TaskingMeetingService tasking;
    @Autowired Clock clock;

    @Test
    void measureTheDailyTaskingAtCountyScale() throws Exception {
        long seedStart = System.nanoTime();
        CountyDataset.seed(jdbc, REPORTS);
        Duration seeding = Duration.ofNanos(System.nanoTime() - seedStart);
        long storedReports = jdbc.queryForObject("select count(*) from report", Long.class);
        long storedActions = jdbc.queryForObject("select count(*) from action", Long.class);
        long storedPeople = jdbc.queryForObject("select count(*) from person", Long.class);
        long storedPlaces = jdbc.queryForObject("select count(*) from place", Long.class);

        Random random = new Random(42);
        List<Long> personIds = jdbc.queryForList("select id from person where full_name like 'Bench%' order by id", Long.class);
        List<Long> placeIds = jdbc.queryForList("select id from place where label like 'Bench%' order by id", Long.class);

        runAs("supervisor", "ROLE_SUPERVISOR");
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Europe/London")));
        Measurements agenda = time(QUERY_SAMPLES, () -> tasking.agenda(today));
        runAs("caseworker", "ROLE_CASEWORKER");
        Measurements personHistory = time(QUERY_SAMPLES,
                () -> reports.historyOfPerson(personIds.get(random.nextInt(personIds.size()))));
        Measurements placeHistory = time(QUERY_SAMPLES,
                () -> reports.historyOfPlace(placeIds.get(random.nextInt(placeIds.size()))));

        List<String> rows = new ArrayList<>();
        for (int threads : CONCURRENCY) {
            LoggingRun logging = logReports(threads, LOGS_PER_LEVEL);
            double ceiling = databaseCeiling(threads, LOGS_PER_LEVEL * 2);
            rows.add(String.format(Locale.ROOT, "| %d | %.0f /s | %s | %s | %.0f /s | %.1f%% |", threads,
                    logging.perSecond, Measurements.ms(logging.latencies.medianMillis()),
                    Measurements.ms(logging.latencies.p95Millis()), ceiling, 100 * logging.perSecond / ceiling));
        }
        SecurityContextHolder.clearContext();

        String section = """
                ## Daily tasking (issue 3) — %s

                Machine: %s. Dataset: %,d reports (%,d people, %,d places, %,d actions), seeded with set-based SQL in %d s.
                Run: `mvn -Pbenchmark test -Dbenchmark.reports=%d` (PostgreSQL 15 on the same machine; server-side times
                measured in the service layer, after warm-up; %d samples each).

                | query | median | 95th percentile |
                |---|---|---|
                | tasking agenda (new reports, actions due and overdue by agency, flagged) | %s | %s |
                | a person's history | %s | %s |
                | a place's history | %s | %s |

                Logging a report with its process start (%,d reports per level; each is one transaction: repeat detection,
                people and place matching, the report, its timeline, and the Camunda process instance with its first tasks),
                against the database's own ceiling (single-row INSERT with autocommit, same number of connections):

                | concurrent users | reports logged | median latency | 95th percentile | single-row commits | ratio |
                |---|---|---|---|---|---|
                %s
                """.formatted(LocalDate.now(), machine(), storedReports, storedPeople, storedPlaces, storedActions,
                seeding.toSeconds(), REPORTS, QUERY_SAMPLES,
                Measurements.ms(agenda.medianMillis()), Measurements.ms(agenda.p95Millis()),
                Measurements.ms(personHistory.medianMillis()), Measurements.ms(personHistory.p95Millis()),
                Measurements.ms(placeHistory.medianMillis()), Measurements.ms(placeHistory.p95Millis()),
                LOGS_PER_LEVEL, String.join("\n", rows));
        BenchmarkReport.replaceSection("Daily tasking (issue 3)", section);
        System.out.println(section);
    }

    private record LoggingRun(double perSecond, Measurements latencies) {
    }

    private LoggingRun logReports(int threads, int count) throws Exception {
        Measurements latencies = new Measurements();
        AtomicInteger next = new AtomicInteger();
        List<String> wards = jdbc.queryForList("select ons_code from ward order by ons_code", String.class);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                futures.add(pool.submit(() -> {
                    runAs("caseworker", "ROLE_CASEWORKER");
                    int i;
                    while ((i = next.getAndIncrement()) < count) {
                        NewReport report = new NewReport(clock.instant().minusSeconds(60), "ASB_NUISANCE",
                                wards.get(i % wards.size()), null, "Bench logged place " + (i % 500) + " " + threads,
                                "KENT_POLICE", i % 10 == 0,
                                new PersonDetails(null, "Bench Reporter " + (i % 300), null, "07700 900000", null, null),
                                List.of(new NewReport.Subject(SubjectRole.ALLEGED_PERPETRATOR,
                                        PersonDetails.named("Bench Subject " + (i % 700)))),
                                "Benchmark report");
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
        for (int i = 0; i < Math.max(20, samples / 10); i++) {
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

    private static void runAs(String username, String... authorities) {
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(username, null,
                java.util.Arrays.stream(authorities).map(SimpleGrantedAuthority::new).toList()));
    }

    static String machine() {
        String cpu = "unknown CPU";
        long memoryKb = 0;
        try {
            cpu = Files.readAllLines(Path.of("/proc/cpuinfo"), StandardCharsets.UTF_8).stream()
                    .filter(line -> line.startsWith("model name")).findFirst()
                    .map(line -> line.substring(line.indexOf(':') + 1).trim()).orElse(cpu);
            memoryKb = Files.readAllLines(Path.of("/proc/meminfo"), StandardCharsets.UTF_8).stream()
                    .filter(line -> line.startsWith("MemTotal")).findFirst()
                    .map(line -> Long.parseLong(line.replaceAll("\\D", ""))).orElse(0L);
        } catch (IOException ignored) {
            // not Linux: the CPU and memory stay unknown
        }
        return String.format(Locale.ROOT, "%d cores (%s), %.0f GiB memory, Java %s",
                Runtime.getRuntime().availableProcessors(), cpu, memoryKb / 1024.0 / 1024.0,
                System.getProperty("java.version"));
    }
}
