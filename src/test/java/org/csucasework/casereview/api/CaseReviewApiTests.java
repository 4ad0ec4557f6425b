package org.csucasework.casereview.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.csucasework.casereview.CaseReviewService;
import org.csucasework.support.ApiTestBase;
import org.csucasework.support.ApiTestClient.Response;
import org.csucasework.support.IntegrationTest;
import org.csucasework.support.TestReport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@code POST /api/case-reviews}, {@code GET /api/case-reviews/{reference}} and {@code GET /api/figures/case-reviews}
 * as DESIGN.md section 6 specifies them, with the law's conditions and bad input as 400 problems naming the field.
 */
@IntegrationTest
class CaseReviewApiTests extends ApiTestBase {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CaseReviewService applications;

    private String complaint(String victim, String place, int daysAgo, int daysLate) {
        LocalDate received = LocalDate.now(LONDON).minusDays(daysAgo);
        return api.logReport("caseworker", TestReport.anonymousAt(place)
                .receivedAt(received.atTime(11, 0).atZone(LONDON).toInstant())
                .with("incidentDate", received.minusDays(daysLate).toString())
                .reporter(victim, "07700 900111").body()).text("/reference");
    }

    private Map<String, Object> application(String victim, List<?> references) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("applicantKind", "VICTIM");
        body.put("applicant", Map.of("name", victim, "phone", "07700 900111"));
        body.put("description", "Loud parties every weekend in the flat below");
        body.put("reportReferences", references);
        body.put("incidents", List.of(Map.of("incidentDate", LocalDate.now(LONDON).minusDays(12).toString(),
                "complainedOn", LocalDate.now(LONDON).minusDays(11).toString(), "complainedTo", "Housing officer",
                "description", "Party until 4am, told the housing officer the next day")));
        return body;
    }

    @Test
    void anApplicationAnswers201WithReferenceStatusAndDecisionDueAndItsPageSaysWhyEachComplaintCounts() {
        String victim = TestReport.newPerson();
        String place = TestReport.newPlace();
        String onTime = complaint(victim, place, 50, 5);
        String late = complaint(victim, place, 20, 62);

        Response created = api.post("caseworker", "/api/case-reviews", application(victim, List.of(onTime, late)));

        assertThat(created.status()).as("%s", created).isEqualTo(201);
        String reference = created.text("/reference");
        assertThat(reference).matches("CR-\\d{4}-\\d{4,}");
        assertThat(created.text("/status")).isEqualTo("AWAITING_DECISION");
        assertThat(LocalDate.parse(created.text("/decisionDue"))).isAfter(LocalDate.now(LONDON));
        assertThat(created.location()).isEqualTo("/api/case-reviews/" + reference);

        Response review = api.get("supervisor", "/api/case-reviews/" + reference);
        assertThat(review.status()).isEqualTo(200);
        assertThat(review.text("/qualifyingCount")).isEqualTo("2");
        assertThat(review.at("/thresholdMetByRule").asBoolean()).isFalse();
        assertThat(review.at("/thresholdMet").isNull()).isTrue();
        assertThat(review.at("/qualifyingComplaints")).hasSize(3);
        assertThat(review.text("/qualifyingComplaints/1/reportReference")).isEqualTo(late);
        assertThat(review.at("/qualifyingComplaints/1/counts").asBoolean()).isFalse();
        assertThat(review.text("/qualifyingComplaints/1/reason")).contains("more than one month after the behaviour");
        assertThat(review.at("/qualifyingComplaints/2/onRecord").asBoolean()).as("the listed incident").isFalse();
        assertThat(review.at("/qualifyingComplaints/2/counts").asBoolean()).isTrue();
    }

    @Test
    void unknownReportReferencesAreRefusedNamingEachAndNothingIsStored() {
        String victim = TestReport.newPerson();
        String known = complaint(victim, TestReport.newPlace(), 10, 0);

        Response refused = api.post("caseworker", "/api/case-reviews",
                application(victim, List.of(known, "CSU-1999-999999", "NOT-A-REPORT")));

        assertThat(refused.status()).as("%s", refused).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.at("/errors").findValuesAsText("field"))
                .containsExactly("reportReferences[1]", "reportReferences[2]");
        assertThat(refused.at("/errors").findValuesAsText("message"))
                .anySatisfy(m -> assertThat(m).contains("CSU-1999-999999"))
                .anySatisfy(m -> assertThat(m).contains("NOT-A-REPORT"));
        assertThat(jdbc.queryForObject("select count(*) from case_review where applicant_name = ?", Long.class,
                victim)).isZero();
    }

    @Test
    void anApplicationOnSomeonesBehalfWithoutTheirConsentRecordedIsRefused() {
        Map<String, Object> body = application(TestReport.newPerson(), List.of());
        body.put("applicantKind", "ON_BEHALF");
        body.put("victimName", TestReport.newPerson());

        Response refused = api.post("caseworker", "/api/case-reviews", body);
        assertThat(refused.status()).as("%s", refused).isEqualTo(400);
        assertThat(refused.at("/errors").findValuesAsText("field")).containsExactly("consentRecorded");

        body.put("consentRecorded", true);
        body.put("consentNote", "Signed consent form received 1 December");
        assertThat(api.post("caseworker", "/api/case-reviews", body).status()).isEqualTo(201);
    }

    @Test
    void badInputIsA400AtTheFieldNeverA500() {
        Map<String, Object> body = application(TestReport.newPerson(), List.of("  "));
        body.put("applicantKind", "NEIGHBOUR");
        body.put("incidents", List.of(Map.of("incidentDate", "-5000-01-01", "complainedOn", "soon",
                "description", "x")));
        Response refused = api.post("caseworker", "/api/case-reviews", body);
        assertThat(refused.status()).as("%s", refused).isEqualTo(400);
        assertThat(refused.at("/errors").findValuesAsText("field"))
                .contains("applicantKind", "incidents[0].incidentDate", "incidents[0].complainedOn");

        // A null in a list is refused as the body is read (shared.ApiJsonConfiguration), naming the element.
        Response nullInList = api.post("caseworker", "/api/case-reviews",
                application(TestReport.newPerson(), java.util.Arrays.asList("  ", null)));
        assertThat(nullInList.status()).isEqualTo(400);
        assertThat(nullInList.at("/errors").findValuesAsText("field")).containsExactly("reportReferences[1]");

        Map<String, Object> nul = application(TestReport.newPerson(), List.of());
        nul.put("description", "Shouting\u0000 at night");
        Response nulRefused = api.post("caseworker", "/api/case-reviews", nul);
        assertThat(nulRefused.status()).isEqualTo(400);
        assertThat(nulRefused.at("/errors").findValuesAsText("field")).containsExactly("description");
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyAnswersTheSameApplication() {
        Map<String, Object> body = application(TestReport.newPerson(), List.of());
        String key = "cr-" + TestReport.unique();
        Response first = api.post("caseworker", "/api/case-reviews", body, key);
        Response retry = api.post("caseworker", "/api/case-reviews", body, key);
        assertThat(retry.text("/reference")).isEqualTo(first.text("/reference"));
    }

    @Test
    void partnersMayNeitherApplyNorReadAReview() {
        Response created = api.post("caseworker", "/api/case-reviews", application(TestReport.newPerson(), List.of()));
        assertThat(api.post("police", "/api/case-reviews", application(TestReport.newPerson(), List.of())).status())
                .isEqualTo(403);
        assertThat(api.get("police", "/api/case-reviews/" + created.text("/reference")).status()).isEqualTo(404);
        assertThat(api.get("caseworker", "/api/case-reviews/CR-1999-9999").status()).isEqualTo(404);
    }

    @Test
    void theFiguresAreCountedFromTheRecords() {
        LocalDate periodStart = LocalDate.now(LONDON).minusMonths(1);
        Response before = api.get("analyst", "/api/figures/case-reviews?periodStart=" + periodStart);
        String victim = TestReport.newPerson();
        String place = TestReport.newPlace();
        List<String> three = List.of(complaint(victim, place, 40, 1), complaint(victim, place, 30, 1),
                complaint(victim, place, 3, 1));
        String met = api.post("caseworker", "/api/case-reviews", application(victim, three)).text("/reference");
        String notMet = api.post("caseworker", "/api/case-reviews", application(TestReport.newPerson(), List.of()))
                .text("/reference");
        signedIn.run("supervisor", () -> {
            applications.decide(notMet, false, null, -1);
            applications.decide(met, true, null, -1);
        });

        Response after = api.get("analyst", "/api/figures/case-reviews?periodStart=" + periodStart);
        assertThat(after.status()).isEqualTo(200);
        assertThat(after.at("/applications").asLong() - before.at("/applications").asLong()).isEqualTo(2);
        assertThat(after.at("/thresholdNotMet").asLong() - before.at("/thresholdNotMet").asLong()).isEqualTo(1);
        assertThat(after.at("/reviewsCarriedOut").asLong()).isEqualTo(before.at("/reviewsCarriedOut").asLong());
        assertThat(after.at("/medianWorkingDaysToDecision").asDouble()).isGreaterThanOrEqualTo(0);
        assertThat(api.get("caseworker", "/api/figures/case-reviews").status()).isEqualTo(403);
    }

    @Test
    void theCoordinatorWorksTheReviewThroughTheApiWithBadInputAt400NamingTheFieldAndTheLettersArePdfs()
            throws Exception {
        String victim = TestReport.newPerson();
        String place = TestReport.newPlace();
        String reference = api.post("caseworker", "/api/case-reviews", application(victim, List.of(
                complaint(victim, place, 40, 1), complaint(victim, place, 30, 1), complaint(victim, place, 3, 1))))
                .text("/reference");
        String base = "/api/case-reviews/" + reference;

        long complaintId = api.get("supervisor", base).at("/qualifyingComplaints/0/id").asLong();
        Response noReason = api.post("supervisor", base + "/complaints/" + complaintId + "/exclusion",
                Map.of("exclude", true));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.at("/errors").findValuesAsText("field")).containsExactly("reason");
        assertThat(api.post("supervisor", base + "/complaints/" + complaintId + "/exclusion", Map.of()).at("/errors")
                .findValuesAsText("field")).containsExactly("exclude");
        assertThat(api.post("supervisor", base + "/complaints/999999999/exclusion", Map.of("exclude", false))
                .status()).isEqualTo(404);
        assertThat(api.post("supervisor", base + "/complaints/" + complaintId + "/exclusion", Map.of("exclude", true,
                "reason", "About a barking dog, not the music")).status()).isEqualTo(200);
        assertThat(api.get("supervisor", base).at("/qualifyingCount").asInt()).isEqualTo(3);
        assertThat(api.get("supervisor", base).at("/qualifyingComplaints/0/reason").asText())
                .contains("Excluded by the coordinator: About a barking dog");
        api.post("supervisor", base + "/complaints/" + complaintId + "/exclusion", Map.of("exclude", false));
        assertThat(api.get("supervisor", base).at("/qualifyingCount").asInt()).isEqualTo(4);

        assertThat(api.post("caseworker", base + "/decision", Map.of("thresholdMet", true)).status())
                .as("caseworkers are not coordinators").isEqualTo(403);
        Response noAnswer = api.post("supervisor", base + "/decision", Map.of("reason", "x"));
        assertThat(noAnswer.status()).isEqualTo(400);
        assertThat(noAnswer.contentType()).startsWith("application/problem+json");
        assertThat(noAnswer.at("/errors").findValuesAsText("field")).containsExactly("thresholdMet");
        assertThat(api.post("supervisor", base + "/decision", Map.of("thresholdMet", true)).text("/status"))
                .isEqualTo("AWAITING_REVIEW");

        Response badMeeting = api.post("supervisor", base + "/meeting",
                Map.of("meetingDate", "next week", "agencies", List.of("NO_SUCH_AGENCY")));
        assertThat(badMeeting.status()).isEqualTo(400);
        assertThat(badMeeting.at("/errors").findValuesAsText("field")).contains("meetingDate");
        Response noAgency = api.post("supervisor", base + "/meeting",
                Map.of("meetingDate", LocalDate.now(LONDON).toString(), "agencies", List.of("NO_SUCH_AGENCY")));
        assertThat(noAgency.at("/errors").findValuesAsText("field")).containsExactly("agencies[0]");
        assertThat(api.post("supervisor", base + "/meeting", Map.of("meetingDate",
                LocalDate.now(LONDON).toString(), "agencies", List.of("KENT_POLICE", "SDC_CSU"))).status())
                .isEqualTo(200);
        assertThat(api.post("supervisor", base + "/information", Map.of("agencyCode", "KENT_POLICE",
                "information", "Three calls to the flat since June")).status()).isEqualTo(201);

        Response noText = api.post("supervisor", base + "/recommendations", Map.of("agencyCode", "KENT_POLICE",
                "dueDate", LocalDate.now(LONDON).plusDays(14).toString()));
        assertThat(noText.status()).isEqualTo(400);
        assertThat(noText.at("/errors").findValuesAsText("field")).containsExactly("description");
        Response recommended = api.post("supervisor", base + "/recommendations", Map.of("agencyCode", "KENT_POLICE",
                "description", "Joint visit with the landlord", "dueDate",
                LocalDate.now(LONDON).plusDays(14).toString()));
        assertThat(recommended.status()).as("%s", recommended).isEqualTo(201);
        assertThat(recommended.at("/id").asLong()).isPositive();

        assertThat(api.post("supervisor", base + "/outcome", Map.of("outcome", " ")).at("/errors")
                .findValuesAsText("field")).containsExactly("outcome");
        assertThat(api.post("supervisor", base + "/outcome", Map.of("outcome",
                "The agencies agreed a joint plan with the landlord")).text("/status")).isEqualTo("OUTCOME_TOLD");

        org.springframework.mock.web.MockHttpServletResponse letter = mvc.perform(
                org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(base + "/letters/outcome")
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                                .httpBasic("caseworker", org.csucasework.support.ApiTestClient.PASSWORD)))
                .andReturn().getResponse();
        assertThat(letter.getStatus()).isEqualTo(200);
        assertThat(letter.getContentType()).isEqualTo("application/pdf");
        assertThat(org.csucasework.escalation.EscalationTestSupport.textOf(letter.getContentAsByteArray()))
                .contains(reference, victim, "The agencies agreed a joint plan with the landlord",
                        "Kent Police: Joint visit with the landlord");
        assertThat(api.get("caseworker", base + "/letters/nonsense").status()).isEqualTo(404);

        assertThat(api.post("supervisor", base + "/response", Map.of("escalationRequested", true)).at("/errors")
                .findValuesAsText("field")).containsExactly("reason");
        assertThat(api.post("supervisor", base + "/response", Map.of("escalationRequested", true,
                "reason", "Nothing has changed")).text("/status")).isEqualTo("ESCALATED");
        assertThat(api.post("supervisor", base + "/escalation-result", Map.of("result",
                "The PCC's office upheld the outcome")).text("/status")).isEqualTo("CLOSED");

        Response closed = api.get("caseworker", base);
        assertThat(closed.at("/history").findValuesAsText("code"))
                .contains("ESCALATION_REQUESTED", "ESCALATION_CONCLUDED", "LETTER_OUTCOME", "ACTION_ASSIGNED");
    }
}
