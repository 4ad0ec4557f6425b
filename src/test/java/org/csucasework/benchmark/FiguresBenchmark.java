package org.csucasework.benchmark;

import java.io.StringReader;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.csucasework.intake.ImportProgress;
import org.csucasework.intake.ImportResult;
import org.csucasework.intake.ReportDimension;
import org.csucasework.intake.ReportImportService;
import org.csucasework.reporting.FiguresService;
import org.csucasework.reporting.HeadlineFigure;
import org.csucasework.reporting.HeadlineFigures;
import org.csucasework.reporting.MonthlyTable;
import org.csucasework.reporting.Period;
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
 * The annual figures benchmark (issue 7): with {@code benchmark.reports} reports stored (default 1,000,000, spread
 * over five Strategic Assessment years), how long a category x month table (all categories, one group, by ward)
 * and the headline figures take for the current year against the previous one, and how long a historic import of
 * {@code benchmark.importRows} rows (default 100,000) takes. Results go to docs/benchmarks.md.
 *
 * <p>Not part of the test suite (its name does not end in Test): run it with
 * {@code mvn -Pbenchmark test -Dtest=FiguresBenchmark [-Dbenchmark.reports=1000000 -Dbenchmark.importRows=100000]}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK,
        properties = {"camunda.bpm.job-execution.enabled=false", "logging.level.root=warn"})
@ActiveProfiles("test")
@ContextConfiguration(initializers = BenchmarkDatabase.Figures.class)
class FiguresBenchmark {

    private static final int REPORTS = Integer.getInteger("benchmark.reports", 1_000_000);
    private static final int IMPORT_ROWS = Integer.getInteger("benchmark.importRows", 100_000);
    private static final int SAMPLES = Integer.getInteger("benchmark.querySamples", 20);
    private static final int YEARS = 5;

    @Autowired JdbcTemplate jdbc;
    @Autowired FiguresService figures;
    @Autowired ReportImportService imports;
    @Autowired Clock clock;

    @Test
    void measureTheAnnualFiguresAndTheHistoricImport() {
        runAs("analyst", "ROLE_ANALYST");
        Period year = figures.currentStrategicYear();
        LocalDate firstDay = year.from().minusYears(YEARS - 1);

        long seedStart = System.nanoTime();
        seed(firstDay, LocalDate.now(clock), REPORTS);
        Duration seeding = Duration.ofNanos(System.nanoTime() - seedStart);
        long stored = jdbc.queryForObject("select count(*) from report", Long.class);
        long inTwoYears = jdbc.queryForObject("select count(*) from report where received_at >= ?", Long.class,
                year.previous().from().atStartOfDay());

        Measurements allCategories = time(() -> figures.monthly(ReportDimension.CATEGORY, year, null));
        Measurements noise = time(() -> figures.monthly(ReportDimension.CATEGORY, year, "NOISE"));
        Measurements wards = time(() -> figures.monthly(ReportDimension.WARD, year, null));
        Measurements headline = time(() -> figures.headline(year));
        MonthlyTable check = figures.monthly(ReportDimension.CATEGORY, year, null);
        HeadlineFigures headlineCheck = figures.headline(year);

        String csv = importFile(IMPORT_ROWS, firstDay.minusYears(1));
        long importStart = System.nanoTime();
        ImportResult imported = imports.importCsv(new StringReader(csv), ImportProgress.NONE);
        Duration importing = Duration.ofNanos(System.nanoTime() - importStart);
        SecurityContextHolder.clearContext();

        String section = """
                ## Annual figures (issue 7) — %s

                Machine: %s. Dataset: %,d reports over %d Strategic Assessment years (from %s), seeded with set-based SQL
                in %d s, then `VACUUM ANALYZE`; %,d of them in the two years a figure compares. Run:
                `mvn -Pbenchmark test -Dtest=FiguresBenchmark -Dbenchmark.reports=%d -Dbenchmark.importRows=%d`
                (PostgreSQL on the same machine; times measured in the service layer as an analyst, after warm-up,
                %d samples each). Each figure covers the Strategic Assessment year %s beside the year before.

                | figure | median | 95th percentile |
                |---|---|---|
                | category x month table, all categories (%d rows, totals %,d / %,d) | %s | %s |
                | category x month table, one group (NOISE) | %s | %s |
                | ward x month table | %s | %s |
                | CSU headline figures (reports received %,d / %,d, calls dealt with at tasking, the other capabilities' sources) | %s | %s |

                Historic import through `ReportImportService` (the code behind `POST /api/imports/reports` and the import
                screen): %,d rows (every row valid, closed, one location in ten new) in %.1f s (%,.0f rows/s): parse and
                check every row, check the references against the %,d stored, match and record places in bulk, multi-row
                inserts of 500 reports, one timeline entry per report, one transaction.
                """.formatted(LocalDate.now(clock), MachineInfo.describe(jdbc), stored, YEARS, firstDay,
                seeding.toSeconds(), inTwoYears, REPORTS, IMPORT_ROWS, SAMPLES, year.label(),
                check.rows().size(), check.totals().total(), check.totals().previousTotal(),
                Measurements.ms(allCategories.medianMillis()), Measurements.ms(allCategories.p95Millis()),
                Measurements.ms(noise.medianMillis()), Measurements.ms(noise.p95Millis()),
                Measurements.ms(wards.medianMillis()), Measurements.ms(wards.p95Millis()),
                headlineCheck.row(HeadlineFigure.REPORTS_RECEIVED).current(),
                headlineCheck.row(HeadlineFigure.REPORTS_RECEIVED).previous(),
                Measurements.ms(headline.medianMillis()), Measurements.ms(headline.p95Millis()),
                imported.imported(), importing.toMillis() / 1000.0, imported.imported() / (importing.toMillis() / 1000.0),
                stored);
        BenchmarkReport.replaceSection("Annual figures (issue 7)", section);
        System.out.println(section);
    }

    /** Reports spread evenly (by a multiplicative hash of their number) over the days, with every kind of code. */
    private void seed(LocalDate firstDay, LocalDate lastDay, int reports) {
        long minutes = Duration.between(firstDay.atStartOfDay(), lastDay.atStartOfDay()).toMinutes();
        jdbc.execute("create temporary table bench_codes as select "
                + "(select array_agg(code order by code) from category) as categories, "
                + "(select array_agg(ons_code order by ons_code) from ward) as wards, "
                + "(select array_agg(code order by code) from agency) as agencies, "
                + "(select array_agg(code order by code) from outcome) as outcomes");
        // One report in 50 has no ward, one in 500 a ward and category code the reference data no longer has.
        jdbc.execute("insert into report (reference, received_at, incident_date, category_code, ward_code, "
                + "source_agency_code, "
                + "owning_agency_code, anonymous, description, status, outcome_code, closed_at, closed_by, imported, "
                + "created_at, created_by) "
                + "select 'FB-' || lpad(i::text, 9, '0'), t.received, cast(t.received as date), "
                + "case when i % 500 = 0 then 'OLD_CATEGORY' else c.categories[1 + (i * 31) % array_length(c.categories, 1)] end, "
                + "case when i % 50 = 0 then null when i % 500 = 1 then 'E05000000' "
                + "else c.wards[1 + (i * 17) % array_length(c.wards, 1)] end, "
                + "c.agencies[1 + (i * 7) % 6], 'SDC_CSU', i % 10 = 0, 'Benchmark report', 'CLOSED', "
                + "c.outcomes[1 + (i * 13) % array_length(c.outcomes, 1)], t.received + interval '7 days', 'bench', "
                + "true, now(), 'bench' "
                + "from generate_series(1, " + reports + ") i "
                + "cross join bench_codes c "
                + "cross join lateral (select timestamp '" + firstDay + " 00:00' + ((i::bigint * 7919) % " + minutes
                + ") * interval '1 minute' as received) t");
        jdbc.execute("drop table bench_codes");
        jdbc.execute("vacuum analyze report");
    }

    /** A valid import file of closed reports received in the year before the stored ones. */
    private static String importFile(int rows, LocalDate firstDay) {
        DateTimeFormatter format = DateTimeFormatter.ISO_LOCAL_DATE_TIME;
        List<String> categories = List.of("ASB_NUISANCE", "ASB_VEHICLE", "NOIDOG", "NOIMUS", "ASB_FLY_TIPPING", "DGFOUL");
        List<String> wards = List.of("E05005008", "E05005009", "E05005020", "E05005026", "E05005031", "");
        StringBuilder csv = new StringBuilder(rows * 110);
        csv.append(String.join(",", ReportImportService.COLUMNS)).append('\n');
        for (int i = 1; i <= rows; i++) {
            LocalDateTime received = firstDay.atStartOfDay().plusMinutes((i * 7919L) % (365L * 1440));
            csv.append("HIST-").append(String.format(Locale.ROOT, "%08d", i)).append(',')
                    .append(format.format(received)).append(',')
                    .append(categories.get(i % categories.size())).append(',')
                    .append(wards.get(i % wards.size())).append(',')
                    .append(i % 3 == 0 ? "" : "Historic place " + (i % (rows / 10 + 1))).append(',')
                    .append(i % 2 == 0 ? "KENT_POLICE" : "SDC_CSU").append(',')
                    .append(i % 10 == 0).append(',')
                    .append(format.format(received.plusDays(9))).append(',')
                    .append(i % 7 == 0 ? "NO_FURTHER_ACTION" : "RESOLVED").append('\n');
        }
        return csv.toString();
    }

    private static Measurements time(Supplier<?> operation) {
        for (int i = 0; i < 3; i++) {
            operation.get();
        }
        Measurements measurements = new Measurements();
        for (int i = 0; i < SAMPLES; i++) {
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
}
