package org.csucasework.benchmark;

import java.time.LocalDate;
import java.time.Clock;
import java.util.Random;
import javax.sql.DataSource;
import org.csucasework.intake.ReportLists;
import org.csucasework.search.SearchService;
import org.csucasework.worklist.WorkListService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * Only the case record's queries (issue 14: search by surname and misspelt surname, the reports list, the work list)
 * on the county dataset, in its own database and its own section of docs/benchmarks.md: for checking them (and
 * their plans) without the whole county run, which also measures logging and the UI heap and takes much longer.
 * {@link CountyBenchmark} measures the same queries in its run.
 *
 * <p>{@code mvn -Pbenchmark test -Dtest=CaseRecordBenchmark -Dbenchmark.reports=200000}
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK,
        properties = {"camunda.bpm.job-execution.enabled=false", "logging.level.root=warn"})
@ActiveProfiles("test")
@ContextConfiguration(initializers = BenchmarkDatabase.CaseRecord.class)
class CaseRecordBenchmark {

    private static final int REPORTS = Integer.getInteger("benchmark.reports", 200_000);
    private static final int QUERY_SAMPLES = Integer.getInteger("benchmark.querySamples", 200);

    @Autowired JdbcTemplate jdbc;
    @Autowired DataSource dataSource;
    @Autowired ReportLists reports;
    @Autowired SearchService search;
    @Autowired WorkListService workList;
    @Autowired Clock clock;

    @Test
    void measureTheCaseRecordQueries() throws Exception {
        try (LoadAverage load = new LoadAverage()) {
            long start = System.nanoTime();
            CountyDataset.seed(dataSource, REPORTS);
            double seedSeconds = (System.nanoTime() - start) / 1e9;
            String measured = new CaseRecordMeasurements(jdbc, search, reports, workList, QUERY_SAMPLES)
                    .measure(new Random(42));
            String title = "Case record queries alone, %,d reports (issue 14)".formatted(REPORTS);
            String section = """
                    ## %s — %s

                    Machine: %s. Load: %s.

                    Run: `mvn -Pbenchmark test -Dtest=CaseRecordBenchmark -Dbenchmark.reports=%d`: the county dataset
                    of the county benchmark (seeded in %.0f s), then only these queries, %d samples each, after warm-up.
                    """.formatted(title, LocalDate.now(clock), MachineInfo.describe(jdbc), load.summary(), REPORTS,
                    seedSeconds, QUERY_SAMPLES) + measured;
            BenchmarkReport.replaceSection(title, section);
            System.out.println(section);
        }
    }
}
