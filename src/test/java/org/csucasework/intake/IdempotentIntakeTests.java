package org.csucasework.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.csucasework.support.ApiTestBase;
import org.csucasework.support.ApiTestClient.Response;
import org.csucasework.support.IntegrationTest;
import org.csucasework.support.Race;
import org.csucasework.support.RealHttp;
import org.csucasework.support.TestReport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A retried submission never logs a second report: the same {@code Idempotency-Key} from the same user answers with
 * the first report, also when the two requests arrive at the same moment. Without a key, two posts are two reports.
 */
@IntegrationTest
class IdempotentIntakeTests extends ApiTestBase {

    private static final int RACERS = 4;

    @LocalServerPort
    private int port;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private RuntimeService runtime;
    @Autowired
    private ReportService reports;

    @Test
    void postingTheSameReportTwiceWithOneIdempotencyKeyAnswersWithTheSameReportAndStoresOne() {
        String key = "retry-" + TestReport.unique();
        Map<String, Object> report = TestReport.anonymousAt(TestReport.newPlace()).body();

        Response first = api.logReport("caseworker", report, key);
        Response retry = api.logReport("caseworker", report, key);

        assertThat(retry.text("/reference")).isEqualTo(first.text("/reference"));
        assertThat(retry.at("/id").asLong()).isEqualTo(first.at("/id").asLong());
        assertThat(retry.at("/flags")).isEqualTo(first.at("/flags"));
        assertThat(retry.location()).isEqualTo(first.location());
        assertThat(reportsWithKey("caseworker", key)).isEqualTo(1);
        assertThat(processesOf(first.text("/reference"))).isEqualTo(1);
    }

    @Test
    void theSameKeyWithADifferentReportIsRefusedWith422InsteadOfAnsweredWithTheFirst() {
        String key = "retry-" + TestReport.unique();
        String place = TestReport.newPlace();
        api.logReport("caseworker", TestReport.anonymousAt(place).body(), key);

        Response other = api.post("caseworker", "/api/reports", TestReport.anonymousAt(place)
                .with("description", "Typed again after a time-out").body(), key);

        assertThat(other.status()).isEqualTo(422);
        assertThat(other.contentType()).startsWith("application/problem+json");
        assertThat(other.at("/errors").findValuesAsText("field")).containsExactly("Idempotency-Key");
        assertThat(reportsWithKey("caseworker", key)).isEqualTo(1);
    }

    @Test
    void concurrentRequestsWithTheSameIdempotencyKeyLogOneReport() throws Exception {
        String key = "race-" + TestReport.unique();
        String body = json.writeValueAsString(TestReport.anonymousAt(TestReport.newPlace()).body());
        RealHttp http = new RealHttp(port);

        List<Race.Outcome<HttpResponse<String>>> answers = Race.run(RACERS,
                i -> () -> http.post("caseworker", "/api/reports", body, key));

        List<String> references = new ArrayList<>();
        for (Race.Outcome<HttpResponse<String>> answer : answers) {
            assertThat(answer.failure()).isNull();
            assertThat(answer.value().statusCode()).as("answer %s", answer.value().body()).isEqualTo(201);
            references.add(closeAfterTest(json.readTree(answer.value().body()).get("reference").asText()));
        }
        assertThat(references).hasSize(RACERS).containsOnly(references.get(0));
        assertThat(reportsWithKey("caseworker", key)).isEqualTo(1);
        assertThat(processesOf(references.get(0))).isEqualTo(1);
    }

    @Test
    void concurrentServiceCallsWithTheSameIdempotencyKeyLogOneReport() {
        String key = "race-" + TestReport.unique();
        NewReport report = new NewReport(Instant.now().minusSeconds(60), TestReport.CATEGORY, TestReport.WARD, null,
                TestReport.newPlace(), "SDC_CSU", true, null, List.of(), "Fly-tipping behind the garages");

        List<Race.Outcome<LoggedReport>> answers = Race.run(RACERS,
                i -> signedIn.task("caseworker", () -> reports.log(report, key)));

        assertThat(answers).allSatisfy(answer -> assertThat(answer.failure()).isNull());
        List<LoggedReport> logged = answers.stream().map(Race.Outcome::value).toList();
        logged.forEach(l -> closeAfterTest(l.reference()));
        assertThat(logged).extracting(LoggedReport::id).containsOnly(logged.get(0).id());
        assertThat(logged).filteredOn(l -> !l.existing()).hasSize(1);
        assertThat(reportsWithKey("caseworker", key)).isEqualTo(1);
        assertThat(processesOf(logged.get(0).reference())).isEqualTo(1);
    }

    @Test
    void withoutAnIdempotencyKeyTwoPostsOfTheSameReportAreTwoReports() {
        String description = "Posted twice without a key " + TestReport.unique();
        Map<String, Object> report = TestReport.anonymousAt(TestReport.newPlace())
                .with("description", description).body();

        Response first = api.logReport("caseworker", report);
        Response second = api.logReport("caseworker", report);

        assertThat(second.text("/reference")).isNotEqualTo(first.text("/reference"));
        assertThat(jdbc.queryForObject("select count(*) from report where description = ?", Integer.class,
                description)).isEqualTo(2);
    }

    @Test
    void theSameIdempotencyKeyFromAnotherUserIsAnotherReport() {
        String key = "shared-" + TestReport.unique();

        Response caseworkers = api.logReport("caseworker", TestReport.anonymousAt(TestReport.newPlace()).body(), key);
        Response polices = api.logReport("police", TestReport.anonymousAt(TestReport.newPlace())
                .with("sourceAgencyCode", "KENT_POLICE").body(), key);

        assertThat(polices.text("/reference")).isNotEqualTo(caseworkers.text("/reference"));
        assertThat(api.get("police", "/api/reports/" + caseworkers.text("/reference")).status()).isEqualTo(404);
    }

    @Test
    void anInvalidRequestWithAKeyLogsNothingAndTheCorrectedRetryWithTheSameKeyIsLogged() {
        String key = "fix-" + TestReport.unique();

        Response invalid = api.post("caseworker", "/api/reports",
                TestReport.anonymousAt(TestReport.newPlace()).without("categoryCode").body(), key);
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(reportsWithKey("caseworker", key)).isZero();

        Response corrected = api.logReport("caseworker", TestReport.anonymousAt(TestReport.newPlace()).body(), key);
        assertThat(corrected.status()).isEqualTo(201);
        assertThat(reportsWithKey("caseworker", key)).isEqualTo(1);
    }

    @Test
    void anOverlongIdempotencyKeyIsRefusedAtTheHeader() {
        Response response = api.post("caseworker", "/api/reports", TestReport.anonymousAt(TestReport.newPlace()).body(),
                "k".repeat(ReportFieldLimits.IDEMPOTENCY_KEY + 1));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.at("/errors").findValuesAsText("field")).containsExactly("Idempotency-Key");
    }

    private int reportsWithKey(String username, String key) {
        Integer count = jdbc.queryForObject("select count(*) from report where created_by = ? and idempotency_key = ?",
                Integer.class, username, key);
        return count == null ? 0 : count;
    }

    private long processesOf(String reference) {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(reference).count();
    }

}
