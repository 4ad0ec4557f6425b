package org.csucasework.tasking.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.csucasework.support.ApiTestBase;
import org.csucasework.support.ApiTestClient.Response;
import org.csucasework.support.IntegrationTest;
import org.csucasework.support.TestReport;
import org.csucasework.tasking.process.ReportProcess;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The daily tasking part of the integration API (DESIGN.md section 6): a report with its status, flags, actions,
 * open process steps and timeline; the agenda; adding and completing actions; closing, with each rule that guards it
 * reported at its field.
 */
@IntegrationTest
class TaskingApiTests extends ApiTestBase {

    @Autowired
    private JdbcTemplate jdbc;

    private final LocalDate today = LocalDate.now(ReportProcess.ZONE);

    // GET /api/reports/{reference}

    @Test
    void aNewReportShowsItsStatusFlagsNoActionsItsReviewStepAndWhenItWasLogged() {
        String place = TestReport.newPlace();
        api.logReport("caseworker", TestReport.anonymousAt(place).receivedDaysAgo(3).body());
        String reference = api.logReport("caseworker", TestReport.anonymousAt(place).body()).text("/reference");

        Response caseFile = api.get("caseworker", "/api/reports/" + reference);

        assertThat(caseFile.status()).isEqualTo(200);
        assertThat(caseFile.text("/report/reference")).isEqualTo(reference);
        assertThat(caseFile.text("/report/status")).isEqualTo("NEW");
        assertThat(caseFile.at("/report/flags").toString()).isEqualTo("[\"REPEAT_PLACE\"]");
        assertThat(caseFile.at("/actions").isArray()).isTrue();
        assertThat(caseFile.at("/actions")).isEmpty();
        assertThat(caseFile.at("/openSteps").findValuesAsText("step")).containsExactly("reviewAtTasking");
        assertThat(caseFile.at("/openSteps/0/name").asText()).isEqualTo("Review at daily tasking");
        List<String> kinds = caseFile.at("/timeline").findValuesAsText("code");
        // Newest first: logging came first.
        assertThat(kinds).endsWith("LOGGED").contains("FLAGGED", "LINKED");
        assertThat(caseFile.at("/timeline/" + (kinds.size() - 1) + "/actor").asText()).isEqualTo("caseworker");
        assertThat(caseFile.at("/timeline/" + (kinds.size() - 1) + "/actorName").asText()).isEqualTo("Casey Caseworker");
        assertThat(caseFile.at("/timeline/0/at").asText()).isNotBlank();
    }

    @Test
    void aReportWithActionsShowsThemWithTheirOwnStepsAndTheTimelineSaysWhoAssignedThem() {
        String reference = logAnonymous();
        long police = api.addAction("caseworker", reference, "KENT_POLICE", today.plusDays(2));
        long housing = api.addAction("caseworker", reference, "WKHA", today.plusDays(5));

        Response caseFile = api.get("caseworker", "/api/reports/" + reference);

        assertThat(caseFile.at("/actions").findValuesAsText("id"))
                .containsExactly(String.valueOf(police), String.valueOf(housing));
        assertThat(caseFile.at("/actions").findValuesAsText("agencyCode")).containsExactly("KENT_POLICE", "WKHA");
        assertThat(caseFile.at("/actions").findValuesAsText("status")).containsOnly("OPEN");
        assertThat(caseFile.at("/openSteps").findValuesAsText("step"))
                .containsExactlyInAnyOrder("reviewAtTasking", "completeAction", "completeAction");
        assertThat(caseFile.at("/timeline").findValuesAsText("code"))
                .contains("ACTION_ASSIGNED", "SHARED").containsOnlyOnce("LOGGED");
        assertThat(caseFile.at("/report/sharedWith").findValuesAsText("agencyCode"))
                .containsExactlyInAnyOrder("KENT_POLICE", "WKHA");
    }

    @Test
    void anUnknownReferenceIsA404Problem() {
        Response response = api.get("caseworker", "/api/reports/CSU-1999-999999");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    // GET /api/tasking/agenda

    @Test
    void theAgendaListsReportsAwaitingTheDailyTasking() {
        // The agenda lists the oldest waiting reports first; a report received before every other waiting one is
        // on it however many reports other tests left waiting in the shared database.
        LocalDateTime oldestWaiting = jdbc.queryForObject(
                "select coalesce(min(received_at), localtimestamp) from report where status = 'NEW'",
                LocalDateTime.class);
        Instant earlier = oldestWaiting.toInstant(java.time.ZoneOffset.UTC).minus(1, ChronoUnit.HOURS);
        String reference = api.logReport("caseworker", TestReport.anonymousAt(TestReport.newPlace())
                .receivedAt(earlier).body()).text("/reference");

        Response agenda = api.get("caseworker", "/api/tasking/agenda?date=" + today);

        assertThat(agenda.status()).isEqualTo(200);
        assertThat(agenda.text("/date")).isEqualTo(today.toString());
        assertThat(agenda.at("/newReports/0/reference").asText()).isEqualTo(reference);
        assertThat(agenda.at("/newReports").findValuesAsText("status")).containsOnly("NEW");
    }

    @Test
    void theAgendaGroupsActionsDueAndOverdueByAgencyAndLeavesOutThoseDueLater() {
        String reference = logAnonymous();
        long policeDueToday = api.addAction("caseworker", reference, "KENT_POLICE", today);
        long housingDueTomorrow = api.addAction("caseworker", reference, "WKHA", today.plusDays(1));
        long policeDueLater = api.addAction("caseworker", reference, "KENT_POLICE", today.plusDays(3));

        // Tomorrow's agenda: today's police action is overdue, the housing action due.
        Response agenda = api.get("caseworker", "/api/tasking/agenda?date=" + today.plusDays(1));

        JsonNode police = actionIn(agenda.at("/actionsByAgency/KENT_POLICE"), policeDueToday);
        assertThat(police.path("overdue").asBoolean()).isTrue();
        assertThat(police.path("reportReference").asText()).isEqualTo(reference);
        JsonNode housing = actionIn(agenda.at("/actionsByAgency/WKHA"), housingDueTomorrow);
        assertThat(housing.path("overdue").asBoolean()).isFalse();
        assertThat(agenda.at("/actionsByAgency/KENT_POLICE").findValuesAsText("id"))
                .doesNotContain(String.valueOf(policeDueLater));
        agenda.at("/actionsByAgency").fields().forEachRemaining(group -> assertThat(
                group.getValue().findValuesAsText("agencyCode")).containsOnly(group.getKey()));
    }

    @Test
    void theAgendaListsOpenReportsFlaggedForATaskAndFinishGroup() {
        String place = TestReport.newPlace();
        api.logReport("caseworker", TestReport.anonymousAt(place).receivedAt(Instant.now().minus(2, ChronoUnit.HOURS)).body());
        api.logReport("caseworker", TestReport.anonymousAt(place).receivedAt(Instant.now().minus(1, ChronoUnit.HOURS)).body());
        String third = api.logReport("caseworker", TestReport.anonymousAt(place).body()).text("/reference");

        Response agenda = api.get("caseworker", "/api/tasking/agenda?date=" + today);

        JsonNode flagged = null;
        for (JsonNode item : agenda.at("/flagged")) {
            if (item.path("reference").asText().equals(third)) {
                flagged = item;
            }
        }
        assertThat(flagged).as("flagged items: %s", agenda.at("/flagged")).isNotNull();
        assertThat(flagged.path("flags").toString()).contains("TASK_AND_FINISH_SUGGESTED");
        assertThat(agenda.at("/flagged").findValuesAsText("reference")).doesNotHaveDuplicates();
    }

    @Test
    void anAgendaDateThatIsNotAnIsoDateIsA400ProblemAtDate() {
        Response response = api.get("caseworker", "/api/tasking/agenda?date=28-11-2026");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.at("/errors").findValuesAsText("field")).containsExactly("date");
    }

    @Test
    void theAgendaWithoutADateIsTodays() {
        assertThat(api.get("caseworker", "/api/tasking/agenda").text("/date")).isEqualTo(today.toString());
    }

    // POST /api/reports/{reference}/actions

    @Test
    void addingAnActionAnswers201WithItsIdAndLocation() {
        String reference = logAnonymous();

        Response response = api.post("caseworker", "/api/reports/" + reference + "/actions", Map.of(
                "agencyCode", "KENT_POLICE", "description", "Extra patrols Friday and Saturday night",
                "dueDate", today.plusDays(7).toString(), "assignee", "police"));

        assertThat(response.status()).as("%s", response).isEqualTo(201);
        long id = response.at("/id").asLong();
        assertThat(id).isPositive();
        assertThat(response.location()).isEqualTo("/api/actions/" + id);
        assertThat(response.text("/reportReference")).isEqualTo(reference);
        assertThat(response.text("/status")).isEqualTo("OPEN");
        assertThat(response.text("/dueDate")).isEqualTo(today.plusDays(7).toString());
        assertThat(response.text("/assignee")).isEqualTo("police");
    }

    @Test
    void anActionDueInThePastIsA400ProblemAtDueDate() {
        assertActionErrors(Map.of("agencyCode", "KENT_POLICE", "description", "Patrol",
                "dueDate", today.minusDays(1).toString()), "dueDate");
    }

    @Test
    void anActionDueDateThatIsNotAnIsoDateIsA400ProblemAtDueDate() {
        assertActionErrors(Map.of("agencyCode", "KENT_POLICE", "description", "Patrol", "dueDate", "next Friday"),
                "dueDate");
    }

    @Test
    void anActionForAnUnknownAgencyIsA400ProblemAtAgencyCode() {
        assertActionErrors(Map.of("agencyCode", "NOT_AN_AGENCY", "description", "Patrol",
                "dueDate", today.plusDays(1).toString()), "agencyCode");
    }

    @Test
    void anActionWithoutADescriptionIsA400ProblemAtDescription() {
        assertActionErrors(Map.of("agencyCode", "KENT_POLICE", "description", " ",
                "dueDate", today.plusDays(1).toString()), "description");
    }

    @Test
    void anActionAssignedToAnOfficerOfAnotherAgencyIsA400ProblemAtAssignee() {
        assertActionErrors(Map.of("agencyCode", "KENT_POLICE", "description", "Patrol",
                "dueDate", today.plusDays(1).toString(), "assignee", "housing"), "assignee");
    }

    @Test
    void anActionWithEverythingWrongListsEachField() {
        assertActionErrors(Map.of("agencyCode", "NOT_AN_AGENCY", "dueDate", today.minusDays(3).toString()),
                "agencyCode", "description", "dueDate");
    }

    @Test
    void anActionOnAnUnknownReportIsA404Problem() {
        Response response = api.post("caseworker", "/api/reports/CSU-1999-999999/actions", Map.of(
                "agencyCode", "KENT_POLICE", "description", "Patrol", "dueDate", today.plusDays(1).toString()));

        assertThat(response.status()).isEqualTo(404);
    }

    @Test
    void anActionCannotBeAddedToAClosedReport() {
        String reference = logAnonymous();
        assertThat(api.post("caseworker", "/api/reports/" + reference + "/close",
                Map.of("outcomeCode", "RESOLVED")).status()).isEqualTo(200);

        assertActionErrors(reference, Map.of("agencyCode", "KENT_POLICE", "description", "Patrol",
                "dueDate", today.plusDays(1).toString()), "report");
    }

    // POST /api/actions/{id}/complete

    @Test
    void completingAnActionRecordsTheOutcomeWhoAndWhenAndEndsItsStep() {
        String reference = logAnonymous();
        long action = api.addAction("caseworker", reference, "KENT_POLICE", today.plusDays(2));

        Response response = api.post("police", "/api/actions/" + action + "/complete",
                Map.of("outcome", "Dispersal order served on the group"));

        assertThat(response.status()).as("%s", response).isEqualTo(200);
        assertThat(response.text("/status")).isEqualTo("DONE");
        assertThat(response.text("/outcome")).isEqualTo("Dispersal order served on the group");
        assertThat(response.text("/completedBy")).isEqualTo("police");
        assertThat(response.text("/completedAt")).isNotBlank();
        Response caseFile = api.get("caseworker", "/api/reports/" + reference);
        assertThat(caseFile.at("/openSteps").findValuesAsText("step")).doesNotContain("completeAction");
        assertThat(caseFile.at("/timeline").findValuesAsText("code")).contains("ACTION_COMPLETED");
    }

    @Test
    void completingAnActionWithoutAnOutcomeIsA400ProblemAtOutcomeAndLeavesItOpen() {
        String reference = logAnonymous();
        long action = api.addAction("caseworker", reference, "KENT_POLICE", today.plusDays(2));

        Response response = api.post("police", "/api/actions/" + action + "/complete", Map.of("outcome", ""));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.at("/errors").findValuesAsText("field")).containsExactly("outcome");
        assertThat(api.get("caseworker", "/api/reports/" + reference).at("/actions/0/status").asText())
                .isEqualTo("OPEN");
    }

    @Test
    void completingAnUnknownActionIsA404Problem() {
        assertThat(api.post("caseworker", "/api/actions/999999999/complete", Map.of("outcome", "Done")).status())
                .isEqualTo(404);
    }

    // POST /api/reports/{reference}/close

    @Test
    void closingWithNoFurtherActionNeedsAReasonInTheNote() {
        String reference = logAnonymous();

        Response response = close(reference, Map.of("outcomeCode", "NO_FURTHER_ACTION"));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.at("/errors").findValuesAsText("field")).containsExactly("note");
        assertThat(statusOf(reference)).isEqualTo("NEW");
    }

    @Test
    void closingAReportThatIsNotAnonymousNeedsConfirmationThatTheReporterWasUpdated() {
        String reference = api.logReport("caseworker", TestReport.anonymousAt(TestReport.newPlace())
                .reporter(TestReport.newPerson(), "07700 900444").body()).text("/reference");

        Response response = close(reference, Map.of("outcomeCode", "RESOLVED", "reporterUpdated", false));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.at("/errors").findValuesAsText("field")).containsExactly("reporterUpdated");
        assertThat(statusOf(reference)).isEqualTo("NEW");
    }

    @Test
    void closingAReportWithOpenActionsIsA400ProblemAtActions() {
        String reference = logAnonymous();
        api.addAction("caseworker", reference, "KENT_POLICE", today.plusDays(2));

        Response response = close(reference, Map.of("outcomeCode", "RESOLVED"));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.at("/errors").findValuesAsText("field")).containsExactly("actions");
        assertThat(response.at("/errors/0/message").asText()).contains("1 action");
        assertThat(statusOf(reference)).isEqualTo("NEW");
    }

    @Test
    void closingWithAnUnknownOutcomeIsA400ProblemAtOutcomeCode() {
        String reference = logAnonymous();

        Response response = close(reference, Map.of("outcomeCode", "SORTED"));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.at("/errors").findValuesAsText("field")).containsExactly("outcomeCode");
    }

    @Test
    void closingListsEveryRuleBrokenAtOnce() {
        String reference = api.logReport("caseworker", TestReport.anonymousAt(TestReport.newPlace())
                .reporter(TestReport.newPerson(), "07700 900555").body()).text("/reference");
        api.addAction("caseworker", reference, "WKHA", today.plusDays(2));

        Response response = close(reference, Map.of("outcomeCode", "NO_FURTHER_ACTION"));

        assertThat(response.at("/errors").findValuesAsText("field"))
                .containsExactlyInAnyOrder("note", "reporterUpdated", "actions");
    }

    @Test
    void aReportWhoseActionsAreDoneClosesAndThenShowsAsClosedWithItsOutcome() {
        String reference = api.logReport("caseworker", TestReport.anonymousAt(TestReport.newPlace())
                .reporter(TestReport.newPerson(), "07700 900666").body()).text("/reference");
        long action = api.addAction("caseworker", reference, "KENT_POLICE", today.plusDays(2));
        api.post("police", "/api/actions/" + action + "/complete", Map.of("outcome", "Warning given"));

        Response response = close(reference, Map.of("outcomeCode", "RESOLVED", "note", "Quiet since the warning",
                "reporterUpdated", true));

        assertThat(response.status()).as("%s", response).isEqualTo(200);
        assertThat(response.text("/status")).isEqualTo("CLOSED");
        Response caseFile = api.get("caseworker", "/api/reports/" + reference);
        assertThat(caseFile.text("/report/status")).isEqualTo("CLOSED");
        assertThat(caseFile.text("/report/outcomeCode")).isEqualTo("RESOLVED");
        assertThat(caseFile.text("/report/outcomeNote")).isEqualTo("Quiet since the warning");
        assertThat(caseFile.at("/report/reporterUpdated").asBoolean()).isTrue();
        assertThat(caseFile.text("/report/closedBy")).isEqualTo("caseworker");
        assertThat(caseFile.at("/openSteps")).isEmpty();
        assertThat(caseFile.at("/timeline").findValuesAsText("code")).contains("REPORTER_UPDATED", "CLOSED");
    }

    @Test
    void anAnonymousReportClosesWithNoFurtherActionAndAReason() {
        String reference = logAnonymous();

        Response response = close(reference, Map.of("outcomeCode", "NO_FURTHER_ACTION",
                "note", "No offences disclosed"));

        assertThat(response.status()).as("%s", response).isEqualTo(200);
        Response caseFile = api.get("caseworker", "/api/reports/" + reference);
        assertThat(caseFile.text("/report/status")).isEqualTo("CLOSED");
        assertThat(caseFile.text("/report/outcomeCode")).isEqualTo("NO_FURTHER_ACTION");
        assertThat(caseFile.at("/openSteps")).isEmpty();
    }

    @Test
    void closingAReportTwiceIsAConflict() {
        String reference = logAnonymous();
        assertThat(close(reference, Map.of("outcomeCode", "RESOLVED")).status()).isEqualTo(200);

        Response again = close(reference, Map.of("outcomeCode", "UNFOUNDED", "note", "Second thoughts"));

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.contentType()).startsWith("application/problem+json");
        assertThat(api.get("caseworker", "/api/reports/" + reference).text("/report/outcomeCode"))
                .isEqualTo("RESOLVED");
    }

    private String logAnonymous() {
        return api.logReport("caseworker", TestReport.anonymousAt(TestReport.newPlace()).body()).text("/reference");
    }

    private Response close(String reference, Map<String, Object> body) {
        return api.post("caseworker", "/api/reports/" + reference + "/close", body);
    }

    private String statusOf(String reference) {
        return api.get("caseworker", "/api/reports/" + reference).text("/report/status");
    }

    private void assertActionErrors(Map<String, Object> body, String... fields) {
        assertActionErrors(logAnonymous(), body, fields);
    }

    private void assertActionErrors(String reference, Map<String, Object> body, String... fields) {
        Response response = api.post("caseworker", "/api/reports/" + reference + "/actions", body);

        assertThat(response.status()).as("%s", response).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.at("/errors").findValuesAsText("field")).containsExactlyInAnyOrder(fields);
        assertThat(api.get("caseworker", "/api/reports/" + reference).at("/actions")).isEmpty();
    }

    private static JsonNode actionIn(JsonNode actions, long id) {
        List<String> ids = new ArrayList<>();
        for (JsonNode action : actions) {
            if (action.path("id").asLong() == id) {
                return action;
            }
            ids.add(action.path("id").asText());
        }
        throw new AssertionError("Action " + id + " is not among " + ids);
    }
}
