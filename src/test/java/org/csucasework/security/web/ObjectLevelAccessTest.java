package org.csucasework.security.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.csucasework.escalation.EscalationService;
import org.csucasework.intake.NewReport;
import org.csucasework.intake.ReportDetails;
import org.csucasework.intake.ReportService;
import org.csucasework.intake.SubjectRole;
import org.csucasework.people.PersonDetails;
import org.csucasework.shared.NotFoundException;
import org.csucasework.support.ApiTestBase;
import org.csucasework.support.ApiTestClient.Response;
import org.csucasework.support.IntegrationTest;
import org.csucasework.support.TestReport;
import org.csucasework.support.WebSession;
import org.csucasework.taskgroups.SiteVisitService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Object-level checks: an officer of another agency who guesses an id or a reference gets "not found" from every
 * endpoint, view and download, exactly as for something that does not exist, and nothing changes. Sharing a report
 * with an agency (with a reason) is what opens it to that agency.
 */
@IntegrationTest
class ObjectLevelAccessTest extends ApiTestBase {

    private static final String DEMO_CASE = "ESC-2026-0001";

    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private ReportService reports;
    @Autowired
    private EscalationService escalation;
    @Autowired
    private SiteVisitService siteVisits;
    @LocalServerPort
    private int port;

    @Test
    void aPartnersOwnReportDoesNotNameTheLinkedReportOfAnotherAgency() {
        String place = TestReport.newPlace();
        String csuReport = api.logReport("caseworker", TestReport.anonymousAt(place).body())
                .text("/reference");
        String policeReport = api.logReport("police", TestReport.anonymousAt(place)
                .with("sourceAgencyCode", "KENT_POLICE").body()).text("/reference");

        Response asPolice = api.get("police", "/api/reports/" + policeReport);
        Response asCsu = api.get("caseworker", "/api/reports/" + policeReport);

        assertThat(asPolice.status()).isEqualTo(200);
        assertThat(asCsu.body().toString()).as("the CSU sees the link").contains(csuReport);
        assertThat(asPolice.body().toString()).doesNotContain(csuReport).contains("held by another agency");
        assertThat(api.get("police", "/api/reports/" + csuReport).status()).isEqualTo(404);
    }

    @Test
    void aHousingOfficerWhoGuessesACsuReportsReferenceCanNeitherReadNorChangeIt() {
        String reference = logAsCaseworker();

        assertThat(api.get("housing", "/api/reports/" + reference).status()).isEqualTo(404);
        assertThat(api.post("housing", "/api/reports/" + reference + "/close",
                Map.of("outcomeCode", "RESOLVED")).status()).isEqualTo(404);
        assertThat(api.post("housing", "/api/reports/" + reference + "/actions", Map.of("agencyCode", "WKHA",
                "description", "Give ourselves an action", "dueDate", LocalDate.now().plusDays(2).toString()))
                .status()).isEqualTo(404);
        assertThat(api.post("housing", "/api/reports/" + reference + "/shares",
                Map.of("agencyCode", "WKHA", "reason", "We would like to see it")).status()).isEqualTo(404);

        Response asCsu = api.get("caseworker", "/api/reports/" + reference);
        assertThat(asCsu.text("/report/status")).isNotEqualTo("CLOSED");
        assertThat(asCsu.at("/actions")).isEmpty();
        assertThat(asCsu.at("/report/sharedWith")).isEmpty();
    }

    @Test
    void anOfficerOfAnotherAgencyCannotCompleteAnActionOfThePoliceByGuessingItsId() {
        String reference = logAsCaseworker();
        long actionId = api.addAction("caseworker", reference, "KENT_POLICE", LocalDate.now().plusDays(3));

        Response refused = api.post("housing", "/api/actions/" + actionId + "/complete",
                Map.of("outcome", "Done, says housing"));

        assertThat(refused.status()).isIn(403, 404);
        assertThat(api.get("police", "/api/reports/" + reference).at("/actions/0/status").asText()).isEqualTo("OPEN");
    }

    @Test
    void sharingWithAReasonOpensTheReportToThatAgencyOnlyAndRecordsWhy() {
        String reference = logAsCaseworker();
        assertThat(api.get("housing", "/api/reports/" + reference).status()).isEqualTo(404);

        assertThat(api.post("caseworker", "/api/reports/" + reference + "/shares",
                Map.of("agencyCode", "WKHA", "reason", "The tenancy team may take action")).status()).isEqualTo(204);

        Response asHousing = api.get("housing", "/api/reports/" + reference);
        assertThat(asHousing.status()).isEqualTo(200);
        assertThat(asHousing.text("/report/sharedWith/0/agencyCode")).isEqualTo("WKHA");
        assertThat(asHousing.text("/report/sharedWith/0/reason")).isEqualTo("The tenancy team may take action");
        assertThat(api.get("police", "/api/reports/" + reference).status()).isEqualTo(404);
    }

    @Test
    void aShareWithoutAReasonOrWithAnUnknownAgencyIsRefusedAtEachFieldAndSharesNothing() {
        String reference = logAsCaseworker();

        Response refused = api.post("caseworker", "/api/reports/" + reference + "/shares",
                Map.of("agencyCode", "NO_SUCH_AGENCY", "reason", " "));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().toString()).contains("agencyCode", "reason");
        assertThat(api.get("caseworker", "/api/reports/" + reference).at("/report/sharedWith")).isEmpty();
    }

    @Test
    void aPartnerThatSeesAReportThroughItsActionStillCannotShareItFurther() {
        String reference = logAsCaseworker();
        api.addAction("caseworker", reference, "KENT_POLICE", LocalDate.now().plusDays(3));

        assertThat(api.post("police", "/api/reports/" + reference + "/shares",
                Map.of("agencyCode", "WKHA", "reason", "Passing it on")).status()).isEqualTo(403);
        assertThat(api.get("housing", "/api/reports/" + reference).status()).isEqualTo(404);
    }

    @Test
    void theReportPageTellsAnOfficerOfAnotherAgencyThatThereIsNoSuchReportAndShowsNothingOfIt() {
        String reference = logAsCaseworker();
        WebSession housing = WebSession.signedIn(port, DemoLogin.HOUSING.username(), DemoLogin.PASSWORD);

        String page = housing.navigate("reports/" + reference, "");

        assertThat(page).contains("Report not found").doesNotContain("Groups gathering late at night");
    }

    @Test
    void anEscalationCaseAndItsLettersAreNotFoundForAPartnerItIsNotSharedWith() {
        Long documentId = jdbc.queryForObject("select d.id from escalation_document d join escalation_case c "
                + "on c.id = d.case_id where c.reference = ? order by d.id limit 1", Long.class, DEMO_CASE);

        assertThatThrownBy(() -> signedIn.as("housing", () -> escalation.details(DEMO_CASE)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> signedIn.as("housing", () -> escalation.document(documentId)))
                .isInstanceOf(NotFoundException.class);
        assertThat(signedIn.as("housing", () -> escalation.lettersRegister(LocalDate.now().minusYears(1),
                LocalDate.now()))).noneMatch(letter -> DEMO_CASE.equals(letter.caseReference()));
        assertThat(WebSession.signedIn(port, DemoLogin.HOUSING.username(), DemoLogin.PASSWORD)
                .navigate("escalation/case/" + DEMO_CASE, "")).contains("Case not found");

        assertThat(signedIn.as("supervisor", () -> escalation.document(documentId)).content()).isNotEmpty();
    }

    @Test
    void aPlaceWithNothingSharedWithThePartnersAgencyIsNotFoundForThemButOpensForTheCsu() {
        String reference = logAsCaseworker();
        Long placeId = signedIn.as("caseworker", () -> reports.requireReadable(reference).getPlaceId());

        assertThatThrownBy(() -> signedIn.as("housing", () -> siteVisits.placePage(placeId)))
                .isInstanceOf(NotFoundException.class);
        assertThat(signedIn.as("caseworker", () -> siteVisits.placePage(placeId)).reports())
                .anyMatch(report -> report.reference().equals(reference));
    }

    @Test
    void aPartnerWhoSendsTheIdOfSomeoneOnRecordGetsTheirOwnPersonNotAccessToThatRecord() {
        String name = TestReport.newPerson();
        String csuReport = api.logReport("caseworker", TestReport.anonymousAt(TestReport.newPlace())
                .subject("ALLEGED_PERPETRATOR", name).body()).text("/reference");
        ReportDetails csuDetails = signedIn.as("caseworker", () -> reports.details(csuReport));
        Long someoneOnRecord = csuDetails.subjects().get(0).person().id();

        NewReport guess = new NewReport(Instant.now().minus(1, ChronoUnit.MINUTES), TestReport.CATEGORY,
                TestReport.WARD, null, TestReport.newPlace(), "KENT_POLICE", true, null,
                List.of(new NewReport.Subject(SubjectRole.ALLEGED_PERPETRATOR,
                        new PersonDetails(someoneOnRecord, "Pat Guess " + TestReport.unique(), null, null, null, null))),
                "Noise from the flat above every night.");
        String policeReport = closeAfterTest(signedIn.as("police", () -> reports.log(guess, null)).reference());

        ReportDetails asPolice = signedIn.as("police", () -> reports.details(policeReport));
        assertThat(asPolice.subjects()).singleElement().satisfies(subject -> {
            assertThat(subject.person().id()).isNotEqualTo(someoneOnRecord);
            assertThat(subject.person().fullName()).startsWith("Pat Guess").doesNotContain(name);
        });
    }

    private String logAsCaseworker() {
        return api.logReport("caseworker", TestReport.anonymousAt(TestReport.newPlace()).body()).text("/reference");
    }
}
