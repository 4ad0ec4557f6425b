package org.csucasework.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.csucasework.intake.ReportService;
import org.csucasework.shared.ValidationException;
import org.csucasework.support.ApiTestBase;
import org.csucasework.support.IntegrationTest;
import org.csucasework.support.TestDatabase;
import org.csucasework.support.TestReport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * The audit trail on the real PostgreSQL database: views, changes, logins, failed logins and refusals are written;
 * the database itself refuses to change or remove what was written; supervisors and administrators search and
 * export it, nobody else.
 */
@IntegrationTest
class AuditTrailIntegrationTest extends ApiTestBase {

    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private AuditSearch search;
    @Autowired
    private ReportService reports;
    @Autowired
    private org.csucasework.security.UserService users;

    private Instant start;

    @BeforeEach
    void rememberTheStart() {
        // Timestamps come from the application's clock; a second of slack covers the database's rounding.
        start = Instant.now().minusSeconds(1);
    }

    @Test
    void openingAReportIsRecordedAsAViewByTheUserWhoOpenedIt() {
        String reference = logAsCaseworker();

        assertThat(api.get("supervisor", "/api/reports/" + reference).status()).isEqualTo(200);

        assertThat(rowsFor(reference)).contains(
                List.of("caseworker", "CREATE", "REPORT"),
                List.of("supervisor", "VIEW", "REPORT"));
    }

    @Test
    void changingAReportIsRecordedWithWhatChangedAndSharingKeepsTheReason() {
        String reference = logAsCaseworker();

        assertThat(api.post("caseworker", "/api/reports/" + reference + "/shares",
                Map.of("agencyCode", "WKHA", "reason", "Tenancy enforcement may help")).status()).isEqualTo(204);
        assertThat(api.post("caseworker", "/api/reports/" + reference + "/close",
                Map.of("outcomeCode", "RESOLVED", "note", "Quiet since the visit", "reporterUpdated", true))
                .status()).isEqualTo(200);

        List<String> reasons = jdbc.queryForList("select reason from audit_event where record_ref = ? and "
                + "action = 'CHANGE' and username = 'caseworker' order by id", String.class, reference);
        assertThat(reasons).contains("Shared with WKHA: Tenancy enforcement may help", "CLOSED");
    }

    @Test
    void aPartnerWhoGuessesTheReferenceOfAnotherAgencysReportGetsNotFoundAndTheRefusalIsRecorded() {
        String reference = logAsCaseworker();

        assertThat(api.get("housing", "/api/reports/" + reference).status()).isEqualTo(404);

        assertThat(rowsFor(reference)).contains(List.of("housing", "DENIED", "REPORT"));
    }

    @Test
    void aPartnerWhoTriesAnotherAgencysActionGetsNotFoundAndTheRefusalIsRecorded() {
        String reference = logAsCaseworker();
        long actionId = api.addAction("caseworker", reference, "WKHA", java.time.LocalDate.now().plusDays(7));

        assertThat(api.post("police", "/api/actions/" + actionId + "/complete", Map.of("outcome", "Done")).status())
                .isEqualTo(404);

        assertThat(jdbc.queryForObject("select count(*) from audit_event where record_ref = ? and record_type = 'ACTION' "
                        + "and action = 'DENIED' and username = 'police' and occurred_at >= ?", Long.class,
                String.valueOf(actionId), java.sql.Timestamp.from(start))).isOne();
    }

    @Test
    void aRefusalByMethodSecurityIsRecordedWithTheOperationRefused() {
        assertThatThrownBy(() -> signedIn.as("caseworker", () -> search.search(lastHour())))
                .isInstanceOf(AccessDeniedException.class);

        assertThat(jdbc.queryForList("select record_ref from audit_event where username = 'caseworker' and "
                + "action = 'DENIED' and occurred_at >= ?", String.class, java.sql.Timestamp.from(start)))
                .contains("AuditSearch.search");
    }

    @Test
    void aSignInThroughTheLoginFormAndAFailedOneAreBothRecorded() throws Exception {
        mvc.perform(formLogin().user("analyst").password("Casework-demo-2026"));
        mvc.perform(formLogin().user("analyst").password("not-the-password-1"));

        List<String> actions = jdbc.queryForList("select action from audit_event where username = 'analyst' and "
                + "occurred_at >= ? order by id", String.class, java.sql.Timestamp.from(start));
        assertThat(actions).containsSubsequence("LOGIN", "LOGIN_FAILED");
        // Clear the failure count so that the lockout cannot build up over many test runs.
        mvc.perform(formLogin().user("analyst").password("Casework-demo-2026"));
    }

    @Test
    void aFailedLoginWithSomethingThatCannotBeAUsernameDoesNotStoreWhatWasTyped() throws Exception {
        mvc.perform(formLogin().user("My Secret Password 1!").password("x"));

        assertThat(jdbc.queryForList("select username from audit_event where action = 'LOGIN_FAILED' and "
                + "occurred_at >= ?", String.class, java.sql.Timestamp.from(start)))
                .contains("(not a username)")
                .noneMatch(name -> name.toLowerCase().contains("secret"));
    }

    @Test
    void theApplicationsOwnRoleCannotChangeDeleteTruncateOrUnprotectTheAuditTrail() {
        String reference = logAsCaseworker();
        long id = jdbc.queryForObject("select max(id) from audit_event where record_ref = ?", Long.class, reference);

        assertThatThrownBy(() -> jdbc.update("update audit_event set username = 'someone-else' where id = ?", id))
                .isInstanceOfSatisfying(DataAccessException.class, e -> saysRefused(e, "permission denied"));
        assertThatThrownBy(() -> jdbc.update("delete from audit_event where id = ?", id))
                .isInstanceOfSatisfying(DataAccessException.class, e -> saysRefused(e, "permission denied"));
        assertThatThrownBy(() -> jdbc.execute("truncate audit_event"))
                .isInstanceOfSatisfying(DataAccessException.class, e -> saysRefused(e, "permission denied"));
        // What an owner could do to switch the append-only triggers off, the application's role cannot.
        assertThatThrownBy(() -> jdbc.execute("alter table audit_event disable trigger all"))
                .isInstanceOfSatisfying(DataAccessException.class, e -> saysRefused(e, "must be owner"));
        assertThatThrownBy(() -> jdbc.execute("set session_replication_role = replica"))
                .isInstanceOfSatisfying(DataAccessException.class, e -> saysRefused(e, "permission denied"));

        assertThat(jdbc.queryForObject("select username from audit_event where id = ?", String.class, id))
                .isEqualTo("caseworker");
    }

    @Test
    void evenTheOwnerOfTheTableCannotChangeDeleteOrTruncateTheAuditTrail() throws Exception {
        String reference = logAsCaseworker();
        long id = jdbc.queryForObject("select max(id) from audit_event where record_ref = ?", Long.class, reference);

        try (Connection owner = DriverManager.getConnection(TestDatabase.url(), TestDatabase.user(),
                TestDatabase.password()); Statement statement = owner.createStatement()) {
            for (String change : List.of("update audit_event set username = 'someone-else' where id = " + id,
                    "delete from audit_event where id = " + id, "truncate audit_event")) {
                assertThatThrownBy(() -> statement.execute(change)).as(change)
                        .isInstanceOfSatisfying(SQLException.class,
                                e -> assertThat(e.getMessage()).contains("append-only"));
            }
        }
        assertThat(jdbc.queryForObject("select username from audit_event where id = ?", String.class, id))
                .isEqualTo("caseworker");
    }

    @Test
    void aSupervisorFindsEventsByUserRecordAndPeriod() {
        String reference = logAsCaseworker();
        api.get("supervisor", "/api/reports/" + reference);

        List<AuditEntry> found = signedIn.as("supervisor", () -> search.search(new AuditQuery("SUPERVISOR",
                AuditAction.VIEW, AuditRecordType.REPORT, reference, start, Instant.now().plusSeconds(5))));

        assertThat(found).singleElement().satisfies(entry -> {
            assertThat(entry.username()).isEqualTo("supervisor");
            assertThat(entry.recordRef()).isEqualTo(reference);
        });
        List<AuditEntry> before = signedIn.as("supervisor", () -> search.search(new AuditQuery(null, null, null,
                reference, start.minus(2, ChronoUnit.DAYS), start.minus(1, ChronoUnit.DAYS))));
        assertThat(before).isEmpty();
    }

    @Test
    void aPeriodThatEndsBeforeItStartsIsRefusedAtTheEndDate() {
        assertThatThrownBy(() -> signedIn.as("admin", () -> search.search(new AuditQuery(null, null, null, null,
                Instant.now(), Instant.now().minusSeconds(60)))))
                .isInstanceOfSatisfying(ValidationException.class, e ->
                        assertThat(e.errors()).extracting(error -> error.field()).containsExactly("to"));
    }

    @Test
    void anAdministratorExportsTheSearchAsCsvAndTheExportIsItselfRecorded() {
        String reference = logAsCaseworker();

        String csv = new String(signedIn.as("admin", () -> search.exportCsv(new AuditQuery(null, null, null,
                reference, start, Instant.now().plusSeconds(5)))), StandardCharsets.UTF_8);

        List<String> lines = csv.lines().toList();
        assertThat(lines.get(0)).isEqualTo("id,occurred_at,username,action,record_type,record,reason");
        assertThat(lines).anySatisfy(line -> assertThat(line).contains(",caseworker,CREATE,REPORT," + reference));
        assertThat(jdbc.queryForList("select reason from audit_event where username = 'admin' and action = 'EXPORT' "
                + "and occurred_at >= ?", String.class, java.sql.Timestamp.from(start)))
                .anySatisfy(reason -> assertThat(reason).contains("record " + reference));
    }

    @Test
    void aCaseworkerMayNeitherSearchNorExportTheAuditTrail() {
        assertThatThrownBy(() -> signedIn.as("caseworker", () -> search.exportCsv(lastHour())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> signedIn.as("police", () -> search.search(lastHour())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void spreadsheetFormulasInExportedTextAreDefused() {
        assertThat(org.csucasework.shared.CsvCell.defuse("=HYPERLINK(\"x\")")).isEqualTo("'=HYPERLINK(\"x\")");
        assertThat(org.csucasework.shared.CsvCell.defuse("CSU-2026-000001")).isEqualTo("CSU-2026-000001");
    }

    @Test
    void aRefusalAServiceMakesItselfIsRecordedWithTheServiceAndItsReason() {
        String reference = logAsCaseworker();
        api.addAction("caseworker", reference, "KENT_POLICE", java.time.LocalDate.now().plusDays(3));

        assertThat(api.post("police", "/api/reports/" + reference + "/shares",
                Map.of("agencyCode", "WKHA", "reason", "Passing it on")).status()).isEqualTo(403);

        // Only this service's refusals: the police officer's other refusals in this class (the audit search) may
        // fall in the same moment.
        assertThat(jdbc.queryForList("select record_ref || ': ' || reason from audit_event where username = 'police' "
                + "and action = 'DENIED' and occurred_at >= ? and record_ref like 'ReportService.%'", String.class,
                java.sql.Timestamp.from(start)))
                .containsExactly("ReportService.requireManageable: Only the CSU or the owning agency can change this report");
    }

    @Test
    void anAdministratorEndingAUsersSessionsIsRecorded() {
        signedIn.run("admin", () -> users.endSessions("housing"));

        assertThat(jdbc.queryForList("select record_ref from audit_event where username = 'admin' and "
                + "action = 'SESSIONS_ENDED' and occurred_at >= ?", String.class, java.sql.Timestamp.from(start)))
                .contains("housing");
    }

    private static void saysRefused(DataAccessException e, String refusal) {
        assertThat(e.getMostSpecificCause().getMessage()).contains(refusal);
    }

    private AuditQuery lastHour() {
        return new AuditQuery(null, null, null, null, Instant.now().minusSeconds(3600), Instant.now());
    }

    private String logAsCaseworker() {
        return api.logReport("caseworker", TestReport.anonymousAt(TestReport.newPlace()).body()).text("/reference");
    }

    private List<List<String>> rowsFor(String reference) {
        return jdbc.query("select username, action, record_type from audit_event where record_ref = ? order by id",
                (row, i) -> List.of(row.getString(1), row.getString(2), row.getString(3)), reference);
    }
}
