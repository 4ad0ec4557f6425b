package org.csucasework.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.zaxxer.hikari.HikariDataSource;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.csucasework.support.OwnApplicationContext;
import org.csucasework.support.PostgresTestDatabaseInitializer;
import org.csucasework.support.Race;
import org.csucasework.support.RealHttp;
import org.csucasework.support.TestReport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * Issue 20: 50 concurrent readers emptied the connection pool, because a read held its connection while its audit
 * row waited for a second one. Here the whole application runs on a pool of ONE connection: a request that needed
 * two at once would wait for itself until the pool gave up. (Flyway migrates as the owner, with a connection of its
 * own outside the pool.) Concurrent reads, refused reads and a refusal inside a
 * transaction that rolls back must all answer, and all be in the audit trail.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.hikari.maximum-pool-size=1",
        "spring.datasource.hikari.minimum-idle=1",
        // Generous: on a busy machine the racers queue for the one connection. A request needing two would still fail.
        "spring.datasource.hikari.connection-timeout=30000",
        "camunda.bpm.process-engine-name=onepool",
        // Without Camunda's web apps: their JAX-RS runtime and engine look-up are static, so a second server in the
        // JVM would take them over from the shared test application and leave them broken when it closes.
        "spring.autoconfigure.exclude=org.camunda.bpm.spring.boot.starter.webapp.CamundaBpmWebappAutoConfiguration"})
@ActiveProfiles("test")
@ContextConfiguration(initializers = PostgresTestDatabaseInitializer.class)
@DirtiesContext
@OwnApplicationContext
class OneConnectionPerRequestTest {

    @LocalServerPort
    private int port;
    @Autowired
    private DataSource dataSource;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private ObjectMapper json;

    private RealHttp http;
    private String reference;
    private long actionId;
    private Timestamp start;

    @BeforeEach
    void logAReportWithAnActionForHousing() throws Exception {
        assertThat(((HikariDataSource) dataSource).getMaximumPoolSize()).isEqualTo(1);
        http = new RealHttp(port);
        start = Timestamp.from(Instant.now().minusSeconds(1));
        HttpResponse<String> logged = http.post("caseworker", "/api/reports",
                json.writeValueAsString(TestReport.anonymousAt(TestReport.newPlace()).body()), null);
        assertThat(logged.statusCode()).as(logged.body()).isEqualTo(201);
        reference = json.readTree(logged.body()).get("reference").asText();
        HttpResponse<String> action = http.post("caseworker", "/api/reports/" + reference + "/actions",
                json.writeValueAsString(Map.of("agencyCode", "WKHA", "description", "Visit the tenants",
                        "dueDate", LocalDate.now().plusDays(7).toString())), null);
        assertThat(action.statusCode()).as(action.body()).isEqualTo(201);
        actionId = json.readTree(action.body()).get("id").asLong();
    }

    @AfterEach
    void closeTheReport() throws Exception {
        http.post("housing", "/api/actions/" + actionId + "/complete",
                json.writeValueAsString(Map.of("outcome", "Visited")), null);
        http.post("caseworker", "/api/reports/" + reference + "/close", json.writeValueAsString(Map.of(
                "outcomeCode", "RESOLVED", "note", "Quiet since the visit", "reporterUpdated", true)), null);
    }

    @Test
    void concurrentReadsAndRefusalsAllAnswerOnAPoolOfOneAndEveryOneIsAudited() {
        List<Race.Outcome<Integer>> outcomes = Race.run(8, i -> () -> switch (i % 4) {
            // The report page's data: a read-only transaction that records a view.
            case 0, 1 -> http.get(i == 0 ? "supervisor" : "housing", "/api/reports/" + reference).statusCode();
            // Another agency's report: "not found", recorded as a refusal.
            case 2 -> http.get("police", "/api/reports/" + reference).statusCode();
            // A refusal thrown inside a @Transactional service: its transaction rolls back, the refusal is kept.
            default -> http.post("analyst", "/api/actions/" + actionId + "/complete", "{\"outcome\":\"Done\"}", null)
                    .statusCode();
        });

        assertThat(outcomes).allMatch(Race.Outcome::succeeded);
        assertThat(outcomes.stream().map(Race.Outcome::value).toList())
                .containsOnly(200, 404, 403)
                .filteredOn(status -> status == 200).hasSize(4);
        assertThat(count("action = 'VIEW' and record_ref = ?", reference)).isEqualTo(4);
        assertThat(count("action = 'DENIED' and username = 'police' and record_ref = ?", reference)).isEqualTo(2);
        assertThat(count("action = 'DENIED' and username = 'analyst' and record_ref = ?", "ActionService.complete"))
                .isEqualTo(2);
    }

    private long count(String condition, String ref) {
        return jdbc.queryForObject("select count(*) from audit_event where occurred_at >= ? and " + condition,
                Long.class, start, ref);
    }
}
