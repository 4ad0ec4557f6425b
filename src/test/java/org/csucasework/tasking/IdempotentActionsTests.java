package org.csucasework.tasking;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
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
 * {@code POST /api/reports/{reference}/actions} takes an {@code Idempotency-Key} like logging a report: a retry
 * answers with the action first added, also when the retries race; the same key with another request is a 422.
 */
@IntegrationTest
class IdempotentActionsTests extends ApiTestBase {

    @LocalServerPort
    private int port;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private ObjectMapper objectMapper;

    @Test
    void aRetryWithTheSameKeyAnswersWithTheFirstActionAndAddsNoSecond() {
        String reference = api.logReport("caseworker", TestReport.anonymousAt(TestReport.newPlace()).body())
                .text("/reference");
        String key = "action-" + TestReport.unique();

        Response first = api.post("caseworker", "/api/reports/" + reference + "/actions", visit("WKHA"), key);
        Response retry = api.post("caseworker", "/api/reports/" + reference + "/actions", visit("WKHA"), key);

        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.at("/id").asLong()).isEqualTo(first.at("/id").asLong());
        assertThat(actionsOf(reference)).isEqualTo(1);
    }

    @Test
    void theSameKeyWithAnotherActionIsRefusedWith422AndNothingIsAdded() {
        String reference = api.logReport("caseworker", TestReport.anonymousAt(TestReport.newPlace()).body())
                .text("/reference");
        String key = "action-" + TestReport.unique();
        api.post("caseworker", "/api/reports/" + reference + "/actions", visit("WKHA"), key);

        Response other = api.post("caseworker", "/api/reports/" + reference + "/actions", visit("KENT_POLICE"), key);

        assertThat(other.status()).isEqualTo(422);
        assertThat(other.contentType()).startsWith("application/problem+json");
        assertThat(other.at("/errors").findValuesAsText("field")).containsExactly("Idempotency-Key");
        assertThat(actionsOf(reference)).isEqualTo(1);
    }

    @Test
    void racingRetriesWithOneKeyAddOneAction() throws Exception {
        String reference = api.logReport("caseworker", TestReport.anonymousAt(TestReport.newPlace()).body())
                .text("/reference");
        String key = "race-" + TestReport.unique();
        String body = objectMapper.writeValueAsString(visit("WKHA"));
        RealHttp http = new RealHttp(port);

        List<Race.Outcome<Integer>> outcomes = Race.run(4, i -> () -> http.post("caseworker",
                "/api/reports/" + reference + "/actions", body, key).statusCode());

        assertThat(outcomes).allSatisfy(outcome -> assertThat(outcome.value()).isEqualTo(201));
        assertThat(actionsOf(reference)).isEqualTo(1);
    }

    @Test
    void withoutAKeyTwoPostsAreTwoActions() {
        String reference = api.logReport("caseworker", TestReport.anonymousAt(TestReport.newPlace()).body())
                .text("/reference");

        api.post("caseworker", "/api/reports/" + reference + "/actions", visit("WKHA"));
        api.post("caseworker", "/api/reports/" + reference + "/actions", visit("WKHA"));

        assertThat(actionsOf(reference)).isEqualTo(2);
    }

    private static Map<String, Object> visit(String agencyCode) {
        return Map.of("agencyCode", agencyCode, "description", "Visit the residents",
                "dueDate", LocalDate.now().plusDays(7).toString());
    }

    private long actionsOf(String reference) {
        return jdbc.queryForObject("select count(*) from action where report_reference = ?", Long.class, reference);
    }
}
