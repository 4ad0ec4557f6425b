package org.csucasework.intake.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.csucasework.support.ApiTestBase;
import org.csucasework.support.ApiTestClient.Response;
import org.csucasework.support.IntegrationTest;
import org.csucasework.support.TestReport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@code POST /api/reports} as DESIGN.md section 6 specifies it: 201 with {@code reference}, {@code id} and
 * {@code flags}; invalid input as an {@code application/problem+json} 400 naming each field at fault, with nothing
 * stored; 401 without credentials.
 */
@IntegrationTest
class ReportIntakeApiTests extends ApiTestBase {

    private static final String REFERENCE = "CSU-\\d{4}-\\d{6}";

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void loggingAReportAnswers201WithItsReferenceIdFlagsAndLocation() {
        Response response = api.post("caseworker", "/api/reports", TestReport.anonymousAt(TestReport.newPlace())
                .reporter(TestReport.newPerson(), "07700 900222")
                .subject("VICTIM", TestReport.newPerson())
                .subject("ALLEGED_PERPETRATOR", TestReport.newPerson())
                .body());

        assertThat(response.status()).as("%s", response).isEqualTo(201);
        assertThat(response.contentType()).startsWith("application/json");
        String reference = response.text("/reference");
        assertThat(reference).matches(REFERENCE);
        assertThat(response.at("/id").isIntegralNumber()).isTrue();
        assertThat(response.at("/flags").isArray()).isTrue();
        assertThat(response.at("/flags")).isEmpty();
        assertThat(response.location()).isEqualTo("/api/reports/" + reference);
    }

    @Test
    void theLoggedReportIsStoredWithWhatWasSent() {
        String reporter = TestReport.newPerson();
        String perpetrator = TestReport.newPerson();
        String place = TestReport.newPlace();
        Response logged = api.logReport("caseworker", TestReport.anonymousAt(place)
                .receivedAt(java.time.Instant.parse("2026-01-15T21:30:00Z"))
                .with("categoryCode", "ASB_NEIGHBOUR").with("sourceAgencyCode", "KENT_POLICE")
                .reporter(reporter, "07700 900333").subject("ALLEGED_PERPETRATOR", perpetrator).body());

        Response report = api.get("caseworker", "/api/reports/" + logged.text("/reference"));

        assertThat(report.text("/report/id")).isEqualTo(logged.text("/id"));
        assertThat(report.text("/report/receivedAt")).isEqualTo("2026-01-15T21:30:00Z");
        assertThat(report.text("/report/categoryCode")).isEqualTo("ASB_NEIGHBOUR");
        assertThat(report.text("/report/wardCode")).isEqualTo(TestReport.WARD);
        assertThat(report.text("/report/wardName")).isEqualTo("Ash");
        assertThat(report.text("/report/placeLabel")).isEqualTo(place);
        assertThat(report.text("/report/sourceAgencyCode")).isEqualTo("KENT_POLICE");
        assertThat(report.text("/report/owningAgencyCode")).isEqualTo("SDC_CSU");
        assertThat(report.at("/report/anonymous").asBoolean()).isFalse();
        assertThat(report.text("/report/reporter/fullName")).isEqualTo(reporter);
        assertThat(report.text("/report/reporter/phone")).isEqualTo("07700 900333");
        assertThat(report.text("/report/subjects/0/role")).isEqualTo("ALLEGED_PERPETRATOR");
        assertThat(report.text("/report/subjects/0/person/fullName")).isEqualTo(perpetrator);
        assertThat(report.text("/report/createdBy")).isEqualTo("caseworker");
    }

    @Test
    void aReceivedTimeWithoutAnOffsetIsReadAsLocalTimeInTheDistrict() {
        Response logged = api.logReport("caseworker", TestReport.anonymousAt(TestReport.newPlace())
                .with("receivedAt", "2026-07-01T10:00:00").body());

        // 10:00 in London in July is 09:00 UTC (British Summer Time).
        assertThat(api.get("caseworker", "/api/reports/" + logged.text("/reference")).text("/report/receivedAt"))
                .isEqualTo("2026-07-01T09:00:00Z");
    }

    @Test
    void theIncidentDateIsTheDayTheBehaviourHappenedAndDefaultsToTheUkDayReceived() {
        Response given = api.logReport("caseworker", TestReport.anonymousAt(TestReport.newPlace())
                .receivedAt(java.time.Instant.parse("2026-03-20T10:00:00Z")).with("incidentDate", "2026-03-02").body());
        // 00:30 on 1 July in London is 23:30 UTC on 30 June: the behaviour is dated by the UK day.
        Response defaulted = api.logReport("caseworker", TestReport.anonymousAt(TestReport.newPlace())
                .receivedAt(java.time.Instant.parse("2026-06-30T23:30:00Z")).body());

        assertThat(api.get("caseworker", "/api/reports/" + given.text("/reference")).text("/report/incidentDate"))
                .isEqualTo("2026-03-02");
        assertThat(api.get("caseworker", "/api/reports/" + defaulted.text("/reference")).text("/report/incidentDate"))
                .isEqualTo("2026-07-01");
    }

    @Test
    void anIncidentDateAfterTheReportWasReceivedIsA400ProblemAtIncidentDate() {
        assertOnlyErrorAt(TestReport.anonymousAt(TestReport.newPlace())
                .receivedAt(java.time.Instant.parse("2026-03-20T10:00:00Z")).with("incidentDate", "2026-03-21"),
                "incidentDate");
    }

    @Test
    void anIncidentDateInTheYearMinus5000OrNotADateIsA400ProblemAtIncidentDate() {
        assertOnlyErrorAt(TestReport.anonymousAt(TestReport.newPlace()).with("incidentDate", "-5000-01-01"),
                "incidentDate");
        assertOnlyErrorAt(TestReport.anonymousAt(TestReport.newPlace()).with("incidentDate", "31/02/2026"),
                "incidentDate");
    }

    @Test
    void aMissingCategoryIsA400ProblemAtCategoryCode() {
        assertOnlyErrorAt(TestReport.anonymousAt(TestReport.newPlace()).without("categoryCode"), "categoryCode");
    }

    @Test
    void anUnknownCategoryIsA400ProblemAtCategoryCode() {
        assertOnlyErrorAt(TestReport.anonymousAt(TestReport.newPlace()).with("categoryCode", "NOT_A_CATEGORY"),
                "categoryCode");
    }

    @Test
    void anUnknownWardIsA400ProblemAtWardCode() {
        assertOnlyErrorAt(TestReport.anonymousAt(TestReport.newPlace()).with("wardCode", "E99999999"), "wardCode");
    }

    @Test
    void aMissingLocationIsA400ProblemAtLocation() {
        assertOnlyErrorAt(TestReport.anonymousAt(TestReport.newPlace()).with("location", "  "), "location");
    }

    @Test
    void anUnknownSourceAgencyIsA400ProblemAtSourceAgencyCode() {
        assertOnlyErrorAt(TestReport.anonymousAt(TestReport.newPlace()).with("sourceAgencyCode", "MI5"),
                "sourceAgencyCode");
    }

    @Test
    void aMissingDescriptionIsA400ProblemAtDescription() {
        assertOnlyErrorAt(TestReport.anonymousAt(TestReport.newPlace()).without("description"), "description");
    }

    @Test
    void aReportThatIsNotAnonymousNeedsTheReportersName() {
        assertOnlyErrorAt(TestReport.anonymousAt(TestReport.newPlace()).with("anonymous", false), "reporter.name");
    }

    @Test
    void aReportThatIsNotAnonymousNeedsAWayToContactTheReporter() {
        assertOnlyErrorAt(TestReport.anonymousAt(TestReport.newPlace()).with("anonymous", false)
                .with("reporter", Map.of("name", TestReport.newPerson())), "reporter.phone");
    }

    @Test
    void aReportersBadEmailAddressIsA400ProblemAtReporterEmail() {
        assertOnlyErrorAt(TestReport.anonymousAt(TestReport.newPlace()).with("anonymous", false)
                .with("reporter", Map.of("name", TestReport.newPerson(), "email", "not-an-address")),
                "reporter.email");
    }

    @Test
    void aPersonInvolvedWithoutARoleIsA400ProblemAtThatSubjectsRole() {
        assertOnlyErrorAt(TestReport.anonymousAt(TestReport.newPlace())
                .subject("VICTIM", TestReport.newPerson())
                .subject(null, TestReport.newPerson()), "subjects[1].role");
    }

    @Test
    void aPersonInvolvedWithAnUnknownRoleIsA400ProblemAtThatSubjectsRole() {
        assertOnlyErrorAt(TestReport.anonymousAt(TestReport.newPlace()).subject("BYSTANDER", TestReport.newPerson()),
                "subjects[0].role");
    }

    @Test
    void aPersonInvolvedWithoutANameIsA400ProblemAtThatSubjectsName() {
        assertOnlyErrorAt(TestReport.anonymousAt(TestReport.newPlace()).subject("WITNESS", null), "subjects[0].name");
    }

    @Test
    void aReceivedTimeThatIsNotAnIsoDateIsA400ProblemAtReceivedAt() {
        assertOnlyErrorAt(TestReport.anonymousAt(TestReport.newPlace()).with("receivedAt", "28/11/2026 09:30"),
                "receivedAt");
    }

    @Test
    void aMissingReceivedTimeIsA400ProblemAtReceivedAt() {
        assertOnlyErrorAt(TestReport.anonymousAt(TestReport.newPlace()).without("receivedAt"), "receivedAt");
    }

    @Test
    void aReceivedTimeInTheFutureIsA400ProblemAtReceivedAt() {
        assertOnlyErrorAt(TestReport.anonymousAt(TestReport.newPlace()).receivedAt(java.time.Instant.now()
                .plus(java.time.Duration.ofDays(2))), "receivedAt");
    }

    @Test
    void aDateOfBirthThatIsNotAnIsoDateIsA400ProblemAtThatSubjectsDateOfBirth() {
        assertOnlyErrorAt(TestReport.anonymousAt(TestReport.newPlace()).with("subjects",
                List.of(Map.of("role", "WITNESS", "name", TestReport.newPerson(), "dateOfBirth", "17/05/1990"))),
                "subjects[0].dateOfBirth");
    }

    @Test
    void everyFieldAtFaultIsListedInOneAnswer() {
        Response response = post(TestReport.anonymousAt(TestReport.newPlace())
                .without("categoryCode").with("wardCode", "E99999999").with("location", "")
                .with("anonymous", false).subject(null, TestReport.newPerson()));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.at("/errors").findValuesAsText("field")).containsExactlyInAnyOrder(
                "categoryCode", "wardCode", "location", "reporter.name", "subjects[0].role");
        assertThat(response.at("/errors").findValuesAsText("message")).allSatisfy(m -> assertThat(m).isNotBlank());
    }

    @Test
    void anUnreadableDateIsListedWithTheOtherFieldsAtFaultAndNothingIsLogged() {
        Integer before = jdbc.queryForObject("select count(*) from report", Integer.class);

        Response response = post(TestReport.anonymousAt(TestReport.newPlace())
                .with("receivedAt", "28/11/2026 09:30").without("categoryCode")
                .with("subjects", List.of(Map.of("role", "WITNESS", "name", TestReport.newPerson(),
                        "dateOfBirth", "17/05/1990"))));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.at("/errors").findValuesAsText("field")).containsExactlyInAnyOrder(
                "receivedAt", "categoryCode", "subjects[0].dateOfBirth");
        assertThat(jdbc.queryForObject("select count(*) from report", Integer.class)).isEqualTo(before);
    }

    @Test
    void aBodyThatIsNotJsonIsA400Problem() {
        Response response = api.post("caseworker", "/api/reports", "{\"categoryCode\": ");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.at("/errors").findValuesAsText("field")).containsExactly("body");
    }

    @Test
    void aFieldOfTheWrongJsonTypeIsA400ProblemAtThatField() {
        Response response = api.post("caseworker", "/api/reports",
                TestReport.anonymousAt(TestReport.newPlace()).with("subjects", "everyone").body());

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.at("/errors").findValuesAsText("field")).containsExactly("subjects");
    }

    @Test
    void withoutCredentialsTheApiAnswers401AndAsksForBasicAuthentication() {
        Response response = api.post(null, "/api/reports", TestReport.anonymousAt(TestReport.newPlace()).body());

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(api.get(null, "/api/tasking/agenda").status()).isEqualTo(401);
        assertThat(api.get(null, "/api/reports/CSU-2026-000001").status()).isEqualTo(401);
    }

    private Response post(TestReport report) {
        return api.post("caseworker", "/api/reports", report.body());
    }

    private void assertOnlyErrorAt(TestReport report, String field) {
        String description = "Should not be stored " + TestReport.unique();
        Response response = post(report.body().containsKey("description") ? report.with("description", description)
                : report);

        assertThat(response.status()).as("%s", response).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.text("/status")).isEqualTo("400");
        assertThat(response.text("/title")).isNotBlank();
        assertThat(response.at("/errors").findValuesAsText("field")).containsExactly(field);
        assertThat(response.at("/errors/0/message").asText()).isNotBlank();
        assertThat(jdbc.queryForObject("select count(*) from report where description = ?", Integer.class,
                description)).isZero();
    }
}
