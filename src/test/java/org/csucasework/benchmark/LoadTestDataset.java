package org.csucasework.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * Seeds the database of the load test (issue 20, {@code scripts/load-test.sh}): the county dataset of the benchmark
 * ({@link CountyDataset}, {@code benchmark.reports} reports, default 200,000) on a fresh {@code LOAD_DB_URL}
 * (default {@code csu_casework_load} on the test server), with the demo accounts, and writes what the virtual users
 * pick from to {@code target/load-data/reports.csv}: report references to open (actions are completed on the
 * reports the virtual users log themselves, whose processes are running). Not part of the test suite.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK,
        properties = {"camunda.bpm.job-execution.enabled=false", "logging.level.root=warn"})
@ActiveProfiles("test")
@ContextConfiguration(initializers = LoadTestDataset.Database.class)
class LoadTestDataset {

    private static final int REPORTS = Integer.getInteger("benchmark.reports", 200_000);

    /** The load test's own database, dropped and created afresh. */
    public static class Database extends BenchmarkDatabase {
        public Database() {
            super("LOAD_DB_URL", "csu_casework_load");
        }
    }

    @Autowired DataSource dataSource;
    @Autowired JdbcTemplate jdbc;

    @Test
    void seed() throws Exception {
        CountyDataset.seed(dataSource, REPORTS);
        Path out = Path.of("target", "load-data");
        Files.createDirectories(out);
        // Readers open reports of every age; the newest are the ones people work on, so half come from the last 5,000.
        List<String> references = jdbc.queryForList("(select reference from report order by id desc limit 5000) "
                + "union all (select reference from report order by random() limit 5000)", String.class);
        Files.write(out.resolve("reports.csv"), concat("reference", references));
    }

    private static List<String> concat(String header, List<String> rows) {
        List<String> lines = new java.util.ArrayList<>(rows.size() + 1);
        lines.add(header);
        lines.addAll(rows);
        return lines;
    }
}
