package org.csucasework.tasking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.csucasework.actions.NewAction;
import org.csucasework.shared.ConflictException;
import org.csucasework.support.ApiTestBase;
import org.csucasework.support.ApiTestClient.Response;
import org.csucasework.support.IntegrationTest;
import org.csucasework.support.Race;
import org.csucasework.support.RealHttp;
import org.csucasework.support.TestReport;
import org.csucasework.tasking.process.ReportProcess;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Two people changing the same report or action at once: one change wins and the other is told of the conflict
 * (409 through the API), never a silent overwrite and never an unexplained server error.
 */
@IntegrationTest
class ConcurrentEditTests extends ApiTestBase {

    @LocalServerPort
    private int port;
    @Autowired
    private ReportClosingService closing;
    @Autowired
    private TaskingMeetingService meetings;

    private final LocalDate today = LocalDate.now(ReportProcess.ZONE);

    @Test
    void closingAReportWithAStaleVersionIsAConflictAndLeavesTheReportOpen() {
        String reference = api.logReport("caseworker", TestReport.anonymousAt(TestReport.newPlace())
                .reporter(TestReport.newPerson(), "07700 900111").body()).text("/reference");
        long versionSeen = api.get("caseworker", "/api/reports/" + reference).at("/report/version").asLong();
        // Meanwhile a colleague records that the reporter was told the outcome.
        signedIn.run("supervisor", () -> closing.reporterUpdated(reference));

        assertThatThrownBy(() -> signedIn.run("caseworker", () -> closing.close(reference,
                new CloseReport("RESOLVED", "Moved on by patrols", true, versionSeen))))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining(reference).hasMessageContaining("Reload");

        Response caseFile = api.get("caseworker", "/api/reports/" + reference);
        assertThat(caseFile.text("/report/status")).isNotEqualTo("CLOSED");
        assertThat(caseFile.at("/timeline").findValuesAsText("code")).doesNotContain("CLOSED");

        long current = caseFile.at("/report/version").asLong();
        assertThat(current).isGreaterThan(versionSeen);
        signedIn.run("caseworker", () -> closing.close(reference,
                new CloseReport("RESOLVED", "Moved on by patrols", true, current)));
        assertThat(api.get("caseworker", "/api/reports/" + reference).text("/report/status")).isEqualTo("CLOSED");
    }

    @RepeatedTest(3)
    void twoSimultaneousClosesOfOneReportCloseItOnceAndTheOtherIsToldOfTheConflict() throws Exception {
        String reference = api.logReport("caseworker", TestReport.anonymousAt(TestReport.newPlace()).body())
                .text("/reference");
        RealHttp http = new RealHttp(port);
        String[] closers = {"caseworker", "supervisor"};
        String[] outcomes = {"RESOLVED", "PASSED_TO_PARTNER"};

        List<Race.Outcome<HttpResponse<String>>> answers = Race.run(2, i -> () -> http.post(closers[i],
                "/api/reports/" + reference + "/close", json.writeValueAsString(Map.of("outcomeCode", outcomes[i])),
                null));

        List<Integer> statuses = new ArrayList<>();
        for (Race.Outcome<HttpResponse<String>> answer : answers) {
            assertThat(answer.failure()).isNull();
            statuses.add(answer.value().statusCode());
        }
        assertThat(statuses).as("answers: %s", bodies(answers)).containsExactlyInAnyOrder(200, 409);
        HttpResponse<String> loser = answers.stream().map(Race.Outcome::value)
                .filter(r -> r.statusCode() == 409).findFirst().orElseThrow();
        assertThat(loser.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));

        int winner = statuses.indexOf(200);
        Response caseFile = api.get("caseworker", "/api/reports/" + reference);
        assertThat(caseFile.text("/report/status")).isEqualTo("CLOSED");
        assertThat(caseFile.text("/report/outcomeCode")).isEqualTo(outcomes[winner]);
        assertThat(caseFile.text("/report/closedBy")).isEqualTo(closers[winner]);
        assertThat(caseFile.at("/timeline").findValuesAsText("code")).containsOnlyOnce("CLOSED");
    }

    @RepeatedTest(3)
    void twoSimultaneousCompletionsOfOneActionWriteOnceAndNeverOverwriteEachOther() throws Exception {
        String reference = api.logReport("caseworker", TestReport.anonymousAt(TestReport.newPlace()).body())
                .text("/reference");
        long actionId = api.addAction("caseworker", reference, "KENT_POLICE", today.plusDays(1));
        RealHttp http = new RealHttp(port);
        String[] who = {"police", "caseworker"};
        String[] outcomes = {"Patrolled on Friday night, nobody about", "Spoke to the residents' association"};

        List<Race.Outcome<HttpResponse<String>>> answers = Race.run(2, i -> () -> http.post(who[i],
                "/api/actions/" + actionId + "/complete", json.writeValueAsString(Map.of("outcome", outcomes[i])),
                null));

        JsonNode stored = actionOf(api.get("caseworker", "/api/reports/" + reference), actionId);
        assertThat(stored.path("status").asText()).isEqualTo("DONE");
        String storedOutcome = stored.path("outcome").asText();
        assertThat(storedOutcome).isIn((Object[]) outcomes);
        int succeeded = 0;
        for (Race.Outcome<HttpResponse<String>> answer : answers) {
            assertThat(answer.failure()).isNull();
            HttpResponse<String> response = answer.value();
            assertThat(response.statusCode()).as("answers: %s", bodies(answers)).isIn(200, 409);
            if (response.statusCode() == 200) {
                succeeded++;
                // Whoever is told "done" is shown the outcome that is stored: nobody's words were lost unseen.
                assertThat(json.readTree(response.body()).path("outcome").asText()).isEqualTo(storedOutcome);
            }
        }
        assertThat(succeeded).isPositive();
        Response caseFile = api.get("caseworker", "/api/reports/" + reference);
        assertThat(caseFile.at("/timeline").findValuesAsText("code")).containsOnlyOnce("ACTION_COMPLETED");
        assertThat(caseFile.at("/openSteps").findValuesAsText("step")).doesNotContain("completeAction");
    }

    @RepeatedTest(3)
    void whenTwoAgenciesCompleteTheLastTwoActionsAtOnceTheReportStillMovesOnToTheReportBack() throws Exception {
        String reference = api.logReport("caseworker", TestReport.anonymousAt(TestReport.newPlace())
                .reporter(TestReport.newPerson(), "07700 900777").body()).text("/reference");
        reviewAtTheDailyTasking(new ReportReview(reference, ReviewDecision.ACTIONS, List.of(
                new NewAction("KENT_POLICE", "Patrol the car park", today.plusDays(2), null),
                new NewAction("WKHA", "Visit the tenants", today.plusDays(2), null)), null, null, null));
        Response before = api.get("caseworker", "/api/reports/" + reference);
        assertThat(before.at("/activeActivityIds").toString()).contains("waitForActions");
        long policeAction = before.at("/actions/0/id").asLong();
        long housingAction = before.at("/actions/1/id").asLong();
        RealHttp http = new RealHttp(port);
        String[] who = {"police", "housing"};
        long[] ids = {policeAction, housingAction};

        List<Race.Outcome<HttpResponse<String>>> answers = Race.run(2, i -> () -> http.post(who[i],
                "/api/actions/" + ids[i] + "/complete", json.writeValueAsString(Map.of("outcome", "Done")), null));

        assertThat(answers).allSatisfy(answer -> assertThat(answer.value().statusCode())
                .as("answers: %s", bodies(answers)).isEqualTo(200));
        Response after = api.get("caseworker", "/api/reports/" + reference);
        assertThat(after.at("/actions").findValuesAsText("status")).containsOnly("DONE");
        assertThat(after.at("/openSteps").findValuesAsText("step")).as("open steps").contains("updateReporter");
        assertThat(after.at("/activeActivityIds").toString()).doesNotContain("waitForActions");
    }

    @Test
    void completingAnActionThatIsAlreadyDoneAnswersWithItAsItStandsAndChangesNothing() {
        String reference = api.logReport("caseworker", TestReport.anonymousAt(TestReport.newPlace()).body())
                .text("/reference");
        long actionId = api.addAction("caseworker", reference, "KENT_POLICE", today.plusDays(1));
        Response first = api.post("police", "/api/actions/" + actionId + "/complete", Map.of("outcome", "First words"));

        Response second = api.post("caseworker", "/api/actions/" + actionId + "/complete",
                Map.of("outcome", "Second words"));

        assertThat(first.status()).isEqualTo(200);
        assertThat(second.status()).isEqualTo(200);
        assertThat(second.text("/outcome")).isEqualTo("First words");
        assertThat(second.text("/completedBy")).isEqualTo("police");
        JsonNode stored = actionOf(api.get("caseworker", "/api/reports/" + reference), actionId);
        assertThat(stored.path("outcome").asText()).isEqualTo("First words");
    }

    private void reviewAtTheDailyTasking(ReportReview review) {
        signedIn.run("caseworker", () -> {
            Long inProgress = meetings.meetingInProgress().map(Agenda.MeetingInfo::id).orElse(null);
            Long meeting = inProgress != null ? inProgress
                    : meetings.start(today, Set.of("SDC_CSU", "KENT_POLICE", "WKHA")).id();
            try {
                meetings.review(meeting, review);
            } finally {
                if (inProgress == null) {
                    meetings.end(meeting);
                }
            }
        });
    }

    private static JsonNode actionOf(Response caseFile, long actionId) {
        for (JsonNode action : caseFile.at("/actions")) {
            if (action.path("id").asLong() == actionId) {
                return action;
            }
        }
        throw new AssertionError("No action " + actionId + " in " + caseFile);
    }

    private static List<String> bodies(List<Race.Outcome<HttpResponse<String>>> answers) {
        return answers.stream().map(a -> a.failure() != null ? a.failure().toString()
                : a.value().statusCode() + " " + a.value().body()).toList();
    }
}
