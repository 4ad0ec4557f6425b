package org.csucasework.tasking;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.csucasework.actions.ActionService;
import org.csucasework.actions.ActionView;
import org.csucasework.intake.ImportProgress;
import org.csucasework.intake.ReportImportService;
import org.csucasework.intake.ReportService;
import org.csucasework.intake.ReportSummary;
import org.csucasework.shared.Role;
import org.csucasework.support.ApiTestBase;
import org.csucasework.support.ApiTestClient.Response;
import org.csucasework.support.IntegrationTest;
import org.csucasework.support.RunAs;
import org.csucasework.support.TestReport;
import org.csucasework.tasking.process.ReportProcess;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/**
 * A partner officer sees only the reports their agency owns or that are shared with it (because it owns an action
 * on them), works only their agency's actions, and gets an agenda of only what they may see; an analyst reads but
 * does not log. What a partner may not see answers exactly like what does not exist.
 */
@IntegrationTest
class AgencyScopingTests extends ApiTestBase {

    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private TaskingMeetingService meetings;
    @Autowired
    private ReportImportService imports;
    @Autowired
    private ReportService reports;

    private final LocalDate today = LocalDate.now(ReportProcess.ZONE);

    @Test
    void aPartnerOfficerGetsNotFoundForACsuReportNotSharedWithTheirAgencyExactlyAsForOneThatDoesNotExist() {
        String reference = logAsCaseworker();

        Response hidden = api.get("police", "/api/reports/" + reference);
        Response missing = api.get("police", "/api/reports/CSU-1999-999999");

        assertThat(hidden.status()).isEqualTo(404);
        assertThat(hidden.contentType()).startsWith("application/problem+json");
        assertThat(hidden.body().toString().replace(reference, "REF"))
                .isEqualTo(missing.body().toString().replace("CSU-1999-999999", "REF"));
        assertThat(hidden.body().toString()).doesNotContain("SDC_CSU", "not allowed", "shared");
    }

    @Test
    void oncePoliceOwnAnActionOnAReportThePoliceCanReadItButHousingStillCannot() {
        String reference = logAsCaseworker();
        assertThat(api.get("police", "/api/reports/" + reference).status()).isEqualTo(404);

        api.addAction("caseworker", reference, "KENT_POLICE", today.plusDays(3));

        Response asPolice = api.get("police", "/api/reports/" + reference);
        assertThat(asPolice.status()).as("police: %s", asPolice).isEqualTo(200);
        assertThat(asPolice.text("/report/reference")).isEqualTo(reference);
        assertThat(asPolice.at("/report/sharedWith").findValuesAsText("agencyCode")).containsExactly("KENT_POLICE");
        assertThat(api.get("housing", "/api/reports/" + reference).status()).isEqualTo(404);
    }

    @Test
    void aPartnerOfficerCannotCompleteAnotherAgencysActionEvenOnAReportSharedWithThem() {
        String reference = logAsCaseworker();
        api.addAction("caseworker", reference, "KENT_POLICE", today.plusDays(3));
        long housingAction = api.addAction("caseworker", reference, "WKHA", today.plusDays(3));

        Response attempt = api.post("police", "/api/actions/" + housingAction + "/complete",
                Map.of("outcome", "Done by the police"));

        assertThat(attempt.status()).isEqualTo(404);
        assertThat(attempt.body().toString().replace(String.valueOf(housingAction), "ID"))
                .isEqualTo(api.post("police", "/api/actions/999999999/complete", Map.of("outcome", "x"))
                        .body().toString().replace("999999999", "ID"));
        JsonNode action = actionOf(api.get("caseworker", "/api/reports/" + reference), housingAction);
        assertThat(action.path("status").asText()).isEqualTo("OPEN");
        assertThat(action.path("outcome").isNull()).isTrue();
    }

    @Test
    void aPartnersHistoryOfAPlaceHoldsTheirOwnReportHoweverManyReportsOfOthersThePlaceHas() {
        String location = TestReport.newPlace();
        Response logged = api.logReport("police", TestReport.anonymousAt(location).receivedDaysAgo(7).body());
        String policeReference = logged.text("/reference");
        String prefix = "HIST" + TestReport.unique().substring(0, 6).toUpperCase(java.util.Locale.ROOT);
        StringBuilder csv = new StringBuilder(String.join(",", ReportImportService.COLUMNS)).append('\n');
        LocalDateTime received = LocalDateTime.now(ReportProcess.ZONE).minusDays(2).truncatedTo(ChronoUnit.MINUTES);
        for (int i = 0; i <= ReportService.HISTORY_LIMIT; i++) {
            csv.append(prefix).append('-').append(i).append(',').append(received.plusSeconds(i)).append(',')
                    .append(TestReport.CATEGORY).append(',').append(TestReport.WARD).append(",\"").append(location)
                    .append("\",SDC_CSU,true,").append(received.plusHours(1)).append(",RESOLVED\n");
        }
        RunAs.user("analyst", () -> imports.importCsv(new StringReader(csv.toString()), ImportProgress.NONE),
                Role.ANALYST);
        Long placeId = jdbc.queryForObject("select place_id from report where reference = ?", Long.class,
                policeReference);

        List<ReportSummary> asPolice = RunAs.user("police", () -> reports.historyOfPlace(placeId), Role.PARTNER);
        List<ReportSummary> asCaseworker = RunAs.user("caseworker", () -> reports.historyOfPlace(placeId),
                Role.CASEWORKER);

        assertThat(asPolice).extracting(ReportSummary::reference).containsExactly(policeReference);
        assertThat(asCaseworker).hasSize(ReportService.HISTORY_LIMIT)
                .extracting(ReportSummary::reference).doesNotContain(policeReference);
    }

    @Test
    void aPartnerOfficerCanCompleteTheirOwnAgencysAction() {
        String reference = logAsCaseworker();
        long housingAction = api.addAction("caseworker", reference, "WKHA", today.plusDays(3));

        Response done = api.post("housing", "/api/actions/" + housingAction + "/complete",
                Map.of("outcome", "Tenancy warning given"));

        assertThat(done.status()).as("%s", done).isEqualTo(200);
        assertThat(done.text("/status")).isEqualTo("DONE");
        assertThat(done.text("/completedBy")).isEqualTo("housing");
    }

    @Test
    void aPartnerOfficerCannotAddActionsToAReportOwnedByTheCsuEvenWhenItIsSharedWithThem() {
        String reference = logAsCaseworker();
        api.addAction("caseworker", reference, "KENT_POLICE", today.plusDays(3));

        Response attempt = api.post("police", "/api/reports/" + reference + "/actions",
                Map.of("agencyCode", "KENT_POLICE", "description", "Patrol", "dueDate", today.plusDays(2).toString()));

        assertThat(attempt.status()).isEqualTo(403);
        assertThat(api.get("caseworker", "/api/reports/" + reference).at("/actions").size()).isEqualTo(1);
    }

    @Test
    void aPartnerOfficerCannotCloseAReportOnlySharedWithThem() {
        String reference = logAsCaseworker();
        long policeAction = api.addAction("caseworker", reference, "KENT_POLICE", today.plusDays(3));
        api.post("police", "/api/actions/" + policeAction + "/complete", Map.of("outcome", "Patrols done"));

        Response attempt = api.post("police", "/api/reports/" + reference + "/close",
                Map.of("outcomeCode", "RESOLVED", "reporterUpdated", true));

        assertThat(attempt.status()).isEqualTo(403);
        assertThat(api.get("caseworker", "/api/reports/" + reference).text("/report/status")).isNotEqualTo("CLOSED");
    }

    @Test
    void aPartnerOfficerSeesTheReportsTheirOwnAgencyLogged() {
        String reference = api.logReport("police", TestReport.anonymousAt(TestReport.newPlace())
                .with("sourceAgencyCode", "KENT_POLICE").body()).text("/reference");

        assertThat(api.get("police", "/api/reports/" + reference).text("/report/owningAgencyCode"))
                .isEqualTo("KENT_POLICE");
        assertThat(api.get("housing", "/api/reports/" + reference).status()).isEqualTo(404);
        assertThat(api.get("caseworker", "/api/reports/" + reference).status()).isEqualTo(200);
    }

    @Test
    void thePolicesAgendaListsOnlyReportsAndActionsThePoliceMaySee() {
        String place = TestReport.newPlace();
        // Three reports on one place: the third is flagged for a Task and Finish Group.
        String csuOnly = logAsCaseworker(TestReport.anonymousAt(place).receivedAt(Instant.now().minus(2, ChronoUnit.HOURS)));
        String sharedWithHousing = logAsCaseworker(TestReport.anonymousAt(place).receivedAt(Instant.now().minus(1, ChronoUnit.HOURS)));
        String sharedWithPolice = logAsCaseworker(TestReport.anonymousAt(place));
        api.addAction("caseworker", sharedWithHousing, "WKHA", today);
        long policeAction = api.addAction("caseworker", sharedWithPolice, "KENT_POLICE", today);
        api.addAction("caseworker", sharedWithPolice, "WKHA", today);

        Response agenda = api.get("police", "/api/tasking/agenda?date=" + today);

        assertThat(agenda.status()).as("%s", agenda).isEqualTo(200);
        List<String> listed = referencesOn(agenda);
        assertThat(listed).doesNotContain(csuOnly, sharedWithHousing);
        assertThat(agenda.at("/flagged").findValuesAsText("reference")).contains(sharedWithPolice);
        List<String> agencies = new ArrayList<>();
        agenda.at("/actionsByAgency").fieldNames().forEachRemaining(agencies::add);
        assertThat(agencies).containsExactly("KENT_POLICE");
        assertThat(agenda.at("/actionsByAgency/KENT_POLICE").findValuesAsText("id"))
                .contains(String.valueOf(policeAction));
        for (String reference : listed) {
            assertThat(sharedWithOrOwnedBy(reference, "KENT_POLICE"))
                    .as("%s on the police agenda is owned by or shared with Kent Police", reference).isTrue();
        }

        Response housingAgenda = api.get("housing", "/api/tasking/agenda?date=" + today);
        assertThat(housingAgenda.at("/flagged").findValuesAsText("reference")).contains(sharedWithPolice);
        assertThat(housingAgenda.at("/actionsByAgency/WKHA").findValuesAsText("reportReference"))
                .contains(sharedWithHousing, sharedWithPolice);
        assertThat(referencesOn(housingAgenda)).doesNotContain(csuOnly);
    }

    /**
     * The agenda lists at most a few hundred items of each kind. Those limits must apply to what the partner may
     * see, not to everything: otherwise other agencies' reports crowd the partner's own off their agenda.
     */
    @Test
    @Transactional // everything this test writes is rolled back
    void aPartnersAgendaShowsTheirReportsAndActionsEvenWhenManyOtherAgenciesItemsComeFirst() {
        // Timestamps are stored as UTC without a zone: work in the database's own terms.
        LocalDateTime before = jdbc.queryForObject("select coalesce(min(received_at), localtimestamp) - interval '1 day' "
                + "from report where status = 'NEW'", LocalDateTime.class);
        LocalDateTime after = jdbc.queryForObject("select coalesce(max(received_at), localtimestamp) + interval '1 day' "
                + "from report where status <> 'CLOSED'", LocalDateTime.class);
        String run = TestReport.unique();

        for (int i = 0; i < TaskingMeetingService.AGENDA_LIMIT + 1; i++) {
            insertReport("T" + run + "A" + i, before.minus(i + 1, ChronoUnit.MINUTES), "SDC_CSU", false);
            insertReport("T" + run + "F" + i, after.plus(i + 1, ChronoUnit.MINUTES), "SDC_CSU", true);
        }
        insertReport("T" + run + "PA", before, "KENT_POLICE", false);
        insertReport("T" + run + "PF", after, "KENT_POLICE", true);
        for (int i = 0; i < ActionService.LIST_LIMIT + 1; i++) {
            insertAction("AAA_" + run, "KCC_WARDENS", today.minusDays(1));
        }
        insertAction("PPP_" + run, "KENT_POLICE", today);

        Agenda agenda = signedIn.as("police", () -> meetings.agenda(today));

        assertThat(agenda.newReports()).extracting(ReportSummary::reference).contains("T" + run + "PA");
        assertThat(agenda.flagged()).extracting(ReportSummary::reference).contains("T" + run + "PF");
        assertThat(agenda.actionsByAgency().get("KENT_POLICE")).extracting(ActionView::description)
                .contains("PPP_" + run);
    }

    @Test
    void anAnalystCannotLogAReport() {
        Response attempt = api.post("analyst", "/api/reports", TestReport.anonymousAt(TestReport.newPlace()).body());

        assertThat(attempt.status()).isEqualTo(403);
        assertThat(attempt.contentType()).startsWith("application/problem+json");
    }

    @Test
    void anAnalystCanReadAnyReportButCannotAddActionsToIt() {
        String reference = logAsCaseworker();

        assertThat(api.get("analyst", "/api/reports/" + reference).status()).isEqualTo(200);
        Response attempt = api.post("analyst", "/api/reports/" + reference + "/actions",
                Map.of("agencyCode", "KENT_POLICE", "description", "Patrol", "dueDate", today.plusDays(2).toString()));
        assertThat(attempt.status()).isEqualTo(403);
    }

    private String logAsCaseworker() {
        return logAsCaseworker(TestReport.anonymousAt(TestReport.newPlace()));
    }

    private String logAsCaseworker(TestReport report) {
        return api.logReport("caseworker", report.body()).text("/reference");
    }

    private static JsonNode actionOf(Response caseFile, long actionId) {
        for (JsonNode action : caseFile.at("/actions")) {
            if (action.path("id").asLong() == actionId) {
                return action;
            }
        }
        throw new AssertionError("No action " + actionId + " in " + caseFile);
    }

    private static List<String> referencesOn(Response agenda) {
        List<String> references = new ArrayList<>(agenda.at("/newReports").findValuesAsText("reference"));
        references.addAll(agenda.at("/flagged").findValuesAsText("reference"));
        agenda.at("/actionsByAgency").forEach(actions -> references.addAll(actions.findValuesAsText("reportReference")));
        return references;
    }

    private boolean sharedWithOrOwnedBy(String reference, String agencyCode) {
        Integer count = jdbc.queryForObject("select count(*) from report r where r.reference = ? and "
                + "(r.owning_agency_code = ? or exists (select 1 from report_share s where s.report_id = r.id "
                + "and s.agency_code = ?))", Integer.class, reference, agencyCode, agencyCode);
        return count != null && count > 0;
    }

    private void insertReport(String reference, LocalDateTime receivedAt, String owningAgency, boolean flagged) {
        jdbc.update("insert into report (reference, received_at, incident_date, category_code, ward_code, "
                        + "source_agency_code, owning_agency_code, anonymous, status, task_and_finish_suggested, "
                        + "created_at, created_by) values (?, ?, ?, 'ASB_NUISANCE', ?, ?, ?, true, ?, ?, "
                        + "now(), 'test')",
                reference, receivedAt, receivedAt.toLocalDate(), TestReport.WARD, owningAgency, owningAgency,
                flagged ? "IN_PROGRESS" : "NEW", flagged);
    }

    private void insertAction(String description, String agencyCode, LocalDate due) {
        jdbc.update("insert into action (agency_code, description, due_date, status, source, owner_kind, created_at, "
                + "created_by) values (?, ?, ?, 'OPEN', 'DAILY_TASKING', 'REPORT', now(), 'test')",
                agencyCode, description, due);
    }
}
