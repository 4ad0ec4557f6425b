package org.csucasework.casehistory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.csucasework.reporting.HeadlineFigure;
import org.csucasework.reporting.HeadlineFigureSource;
import org.csucasework.support.ApiTestBase;
import org.csucasework.support.ApiTestClient.Response;
import org.csucasework.support.IntegrationTest;
import org.csucasework.support.TestReport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@code POST /api/reports/{reference}/notes} and {@code GET /api/reports/{reference}/history} on PostgreSQL: notes,
 * contacts and corrections in the one history, newest first, by anyone who may see the report and by nobody else.
 */
@IntegrationTest
class CaseHistoryApiTests extends ApiTestBase {

    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private List<HeadlineFigureSource> figureSources;

    private String logReport() {
        return api.logReport("caseworker", TestReport.anonymousAt(TestReport.newPlace()).body()).text("/reference");
    }

    private static Map<String, Object> note(String text) {
        Map<String, Object> body = new HashMap<>();
        body.put("text", text);
        return body;
    }

    @Test
    void aNoteAContactAndACorrectionAreInTheHistoryNewestFirstAndTheNoteIsNeverChanged() {
        String reference = logReport();

        Response first = api.post("caseworker", "/api/reports/" + reference + "/notes",
                note("Spoke to the neighbour at number 5; music stopped at 11pm."));
        Map<String, Object> contact = note("Rang the reporter to say what we are doing.");
        contact.put("contact", Map.of("with", "the reporter", "method", "PHONE",
                "outcome", "Reporter content; will keep a diary."));
        Response second = api.post("caseworker", "/api/reports/" + reference + "/notes", contact);
        Map<String, Object> correction = note("It was number 7, not number 5.");
        correction.put("corrects", first.at("/id").asLong());
        Response third = api.post("caseworker", "/api/reports/" + reference + "/notes", correction);

        assertThat(List.of(first.status(), second.status(), third.status())).containsOnly(201);
        assertThat(second.text("/kind")).isEqualTo("CONTACT");
        Response history = api.get("caseworker", "/api/reports/" + reference + "/history");
        assertThat(history.status()).isEqualTo(200);
        assertThat(history.at("/entries").findValuesAsText("code"))
                .startsWith("CORRECTION", "CONTACT", "NOTE").endsWith("LOGGED");
        assertThat(history.text("/entries/0/corrects")).isEqualTo(first.at("/id").asText());
        assertThat(history.text("/entries/1/contactWith")).isEqualTo("the reporter");
        assertThat(history.text("/entries/1/contactMethod")).isEqualTo("PHONE");
        assertThat(history.text("/entries/1/contactOutcome")).isEqualTo("Reporter content; will keep a diary.");
        assertThat(history.text("/entries/2/text")).isEqualTo("Spoke to the neighbour at number 5; music stopped at 11pm.");
        assertThat(history.text("/entries/2/correctedBy")).isEqualTo(third.at("/id").asText());
        assertThat(history.text("/entries/2/actorName")).isEqualTo("Casey Caseworker");
        // The application cannot change an entry: every column is written once (the entity maps none as updatable).
        assertThat(jdbc.queryForObject("select detail from case_history_entry where id = ?", String.class,
                first.at("/id").asLong())).isEqualTo("Spoke to the neighbour at number 5; music stopped at 11pm.");
    }

    @Test
    void aPartnerOfTheAgencyTheReportIsSharedWithAddsNotesAndAnotherAgencyFindsNothing() {
        String reference = logReport();
        api.addAction("caseworker", reference, "KENT_POLICE", LocalDate.now().plusDays(3));

        Response byPolice = api.post("police", "/api/reports/" + reference + "/notes", note("Patrol passed at 23:10."));
        Response historyForHousing = api.get("housing", "/api/reports/" + reference + "/history");
        Response noteByHousing = api.post("housing", "/api/reports/" + reference + "/notes", note("Let me in"));
        Response guessed = api.get("caseworker", "/api/reports/CSU-1999-999999/history");

        assertThat(byPolice.status()).isEqualTo(201);
        assertThat(api.get("police", "/api/reports/" + reference + "/history").at("/entries/0/text").asText())
                .isEqualTo("Patrol passed at 23:10.");
        assertThat(historyForHousing.status()).isEqualTo(404);
        assertThat(noteByHousing.status()).isEqualTo(404);
        assertThat(guessed.status()).isEqualTo(404);
        assertThat(historyForHousing.text("/detail")).isEqualTo(guessed.text("/detail").replace("CSU-1999-999999",
                reference));
        assertThat(jdbc.queryForObject("select count(*) from case_history_entry e join report r on r.id = e.case_id"
                + " where e.case_kind = 'REPORT' and r.reference = ? and e.detail = 'Let me in'", Long.class,
                reference)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from audit_event where username = 'housing'"
                + " and action = 'DENIED' and record_ref = ?", Long.class, reference)).isPositive();
    }

    @Test
    void aClosedReportWithAContactCountsAsReportedBackInTheFigures() {
        HeadlineFigureSource reportBack = figureSources.stream()
                .filter(source -> source.count(today(), today()).containsKey(HeadlineFigure.REPORTS_REPORTED_BACK))
                .findFirst().orElseThrow();
        Map<HeadlineFigure, Long> before = reportBack.count(today(), today());
        String contacted = logReport();
        String notContacted = logReport();
        Map<String, Object> contact = note("Told the reporter the outcome.");
        contact.put("contact", Map.of("with", "the reporter", "method", "EMAIL", "outcome", "Thanked us."));
        api.post("caseworker", "/api/reports/" + contacted + "/notes", contact);
        api.post("caseworker", "/api/reports/" + notContacted + "/notes", note("A note, not a contact."));

        assertThat(api.post("caseworker", "/api/reports/" + contacted + "/close", Map.of("outcomeCode", "RESOLVED"))
                .status()).isEqualTo(200);
        assertThat(api.post("caseworker", "/api/reports/" + notContacted + "/close",
                Map.of("outcomeCode", "RESOLVED")).status()).isEqualTo(200);

        Map<HeadlineFigure, Long> after = reportBack.count(today(), today());
        assertThat(after.get(HeadlineFigure.REPORTS_CLOSED) - before.get(HeadlineFigure.REPORTS_CLOSED))
                .isGreaterThanOrEqualTo(2);
        assertThat(after.get(HeadlineFigure.REPORTS_REPORTED_BACK) - before.get(HeadlineFigure.REPORTS_REPORTED_BACK))
                .as("other tests may close reports meanwhile, never with this one's contact missing")
                .isGreaterThanOrEqualTo(1);
        assertThat(after.get(HeadlineFigure.REPORTS_REPORTED_BACK)).isLessThanOrEqualTo(after.get(HeadlineFigure.REPORTS_CLOSED));
    }

    private static LocalDate today() {
        return LocalDate.now(java.time.ZoneId.of("Europe/London"));
    }

    @Test
    void badNotesAreRefusedAtTheirFields() {
        String reference = logReport();
        String other = logReport();
        long otherNote = api.post("caseworker", "/api/reports/" + other + "/notes", note("On the other report"))
                .at("/id").asLong();

        Response blank = api.post("caseworker", "/api/reports/" + reference + "/notes", note("   "));
        Map<String, Object> noMethod = note("Rang them");
        noMethod.put("contact", Map.of("with", "the victim", "outcome", "No answer"));
        Response contactWithoutMethod = api.post("caseworker", "/api/reports/" + reference + "/notes", noMethod);
        Map<String, Object> wrongCase = note("Correcting another report's note");
        wrongCase.put("corrects", otherNote);
        Response correctsAnotherCase = api.post("caseworker", "/api/reports/" + reference + "/notes", wrongCase);
        Response nul = api.post("caseworker", "/api/reports/" + reference + "/notes", note("a\u0000b"));
        Response tooLong = api.post("caseworker", "/api/reports/" + reference + "/notes", note("x".repeat(4001)));
        Map<String, Object> future = note("Will ring");
        future.put("contact", Map.of("with", "the victim", "method", "PHONE", "outcome", "-",
                "at", "2099-01-01T10:00:00Z"));
        Response inTheFuture = api.post("caseworker", "/api/reports/" + reference + "/notes", future);
        Map<String, Object> badMethod = note("Rang them");
        badMethod.put("contact", Map.of("with", "the victim", "method", "PIGEON", "outcome", "-"));
        Response unknownMethod = api.post("caseworker", "/api/reports/" + reference + "/notes", badMethod);

        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.at("/errors").findValuesAsText("field")).containsExactly("text");
        assertThat(contactWithoutMethod.at("/errors").findValuesAsText("field")).containsExactly("contact.method");
        assertThat(correctsAnotherCase.at("/errors").findValuesAsText("field")).containsExactly("corrects");
        assertThat(nul.at("/errors").findValuesAsText("field")).containsExactly("text");
        assertThat(tooLong.at("/errors").findValuesAsText("message")).containsExactly("At most 4000 characters");
        assertThat(inTheFuture.at("/errors").findValuesAsText("field")).containsExactly("contact.at");
        assertThat(unknownMethod.status()).isEqualTo(400);
        assertThat(unknownMethod.at("/errors").findValuesAsText("field")).containsExactly("contact.method");
        assertThat(api.get("caseworker", "/api/reports/" + reference + "/history").at("/entries")
                .findValuesAsText("kind")).doesNotContain("NOTE", "CONTACT");
    }
}
