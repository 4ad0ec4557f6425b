package org.csucasework.escalation.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.csucasework.support.ApiTestBase;
import org.csucasework.support.ApiTestClient.Response;
import org.csucasework.support.IntegrationTest;
import org.csucasework.support.TestReport;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The escalation API ({@code /api/escalation/**}) through the whole filter chain with HTTP Basic: the law of the
 * 2014 Act answered as 400 problems naming the section, whatever justification or approval comes with a request.
 */
@IntegrationTest
class EscalationApiTests extends ApiTestBase {

    @Test
    @DisplayName("A CPN without a spent CPW is refused with 400 naming s43(5), even with a justification; nothing reaches the supervisors")
    void cpnWithoutSpentCpwIsRefused() {
        String name = TestReport.newPerson();
        String report = reportAbout(name, "1988-02-02");
        String reference = openForPerson(report, name, "1988-02-02");

        Response refused = api.post("caseworker", "/api/escalation/cases/" + reference + "/proposals", Map.of(
                "stageCode", "CPN", "conduct", "Threats with a knife at the school gate",
                "evidenceReports", List.of(report), "requirements", List.of(
                        Map.of("kind", "STOP", "text", "Stop approaching pupils at the school gate"),
                        Map.of("kind", "DO", "text", "Attend the agreed support sessions",
                                "deadline", LocalDate.now().plusDays(30).toString())),
                "skipJustification", "Risk of serious harm: the supervisor agrees a warning would not protect anyone"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.text("/errors/0/field")).isEqualTo("stageCode");
        assertThat(refused.text("/errors/0/message")).contains("s43(5)").contains("cannot override");

        Response read = api.get("supervisor", "/api/escalation/cases/" + reference);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.at("/steps")).isEmpty();
        JsonNode cpn = step(read, "CPN");
        assertThat(cpn.get("allowed").asBoolean()).isFalse();
        assertThat(cpn.get("reason").asText()).contains("s43(5)");
    }

    @Test
    @DisplayName("A CPW to someone 15 on the day is refused naming s43(1), justification or not; a warning letter is not")
    void cpwToAFifteenYearOldIsRefused() {
        String name = TestReport.newPerson();
        String dob = LocalDate.now().minusYears(16).plusDays(2).toString();
        String report = reportAbout(name, dob);
        Response opened = api.post("caseworker", "/api/escalation/cases", Map.of(
                "person", Map.of("name", name, "dateOfBirth", dob), "reportReferences", List.of(report),
                "guardian", Map.of("name", "Gail Guardian", "address", "2 Home Row, Sevenoaks")));
        assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
        String reference = opened.text("/reference");

        Response refused = api.post("caseworker", "/api/escalation/cases/" + reference + "/proposals", Map.of(
                "stageCode", "CPW", "conduct", "Fireworks thrown at cars", "evidenceReports", List.of(report),
                "skipJustification", "Urgent"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.text("/errors/0/message")).contains("16 or over").contains("s43(1)");

        Response letter = api.post("caseworker", "/api/escalation/cases/" + reference + "/proposals", Map.of(
                "stageCode", "WARNING_LETTER", "conduct", "Fireworks thrown at cars", "evidenceReports", List.of(report)));
        assertThat(letter.status()).as(letter.toString()).isEqualTo(201);
        assertThat(letter.at("/id").asLong()).isPositive();
    }

    @Test
    @DisplayName("A case for a business starts at the CPW (no skip), is approved by a supervisor, and refuses a warning letter")
    void aBodyStartsAtTheCpw() {
        String report = api.logReport("caseworker", TestReport.anonymousAt(TestReport.newPlace()).body()).text("/reference");
        Response opened = api.post("caseworker", "/api/escalation/cases", Map.of(
                "organisation", Map.of("name", "Late Night Kebabs " + TestReport.unique(), "address", "1 High St, Swanley"),
                "reportReferences", List.of(report)));
        assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
        String reference = opened.text("/reference");

        Response letter = api.post("caseworker", "/api/escalation/cases/" + reference + "/proposals", Map.of(
                "stageCode", "WARNING_LETTER", "conduct", "Litter", "evidenceReports", List.of(report)));
        assertThat(letter.status()).isEqualTo(400);
        assertThat(letter.text("/errors/0/message")).contains("business or organisation");

        Response cpw = api.post("caseworker", "/api/escalation/cases/" + reference + "/proposals", Map.of(
                "stageCode", "CPW", "conduct", "Food waste left on the pavement every night",
                "evidenceReports", List.of(report), "timeToComplyDays", 21));
        assertThat(cpw.status()).as(cpw.toString()).isEqualTo(201);
        Response approved = api.post("supervisor", "/api/escalation/steps/" + cpw.at("/id").asLong() + "/decision",
                Map.of("decision", "APPROVE"));
        assertThat(approved.status()).as(approved.toString()).isEqualTo(200);

        Response read = api.get("caseworker", "/api/escalation/cases/" + reference);
        assertThat(read.text("/subject/kind")).isEqualTo("ORGANISATION");
        assertThat(read.at("/steps/0/skip").asBoolean()).isFalse();
        assertThat(read.at("/steps/0/approvedOn").isNull()).isFalse();
        assertThat(read.text("/steps/0/status")).isEqualTo("APPROVED");
        assertThat(read.at("/steps/0/servedOn").isNull()).as("approval is not service").isTrue();
        assertThat(read.at("/steps/0/complianceDate").isNull()).as("nothing runs before service").isTrue();
    }

    @Test
    @DisplayName("Service of an approved CPW: the day, method and officer; its time to comply runs from that day; a day "
            + "in the future, a malformed day or an unknown method is a 400 naming the field")
    void anApprovedStepIsServedAndItsDeadlineRunsFromService() {
        String report = api.logReport("caseworker", TestReport.anonymousAt(TestReport.newPlace()).body()).text("/reference");
        String reference = api.post("caseworker", "/api/escalation/cases", Map.of(
                "organisation", Map.of("name", "Night Owl Bar " + TestReport.unique(), "address", "3 High St, Swanley"),
                "reportReferences", List.of(report))).text("/reference");
        long id = api.post("caseworker", "/api/escalation/cases/" + reference + "/proposals", Map.of(
                "stageCode", "CPW", "conduct", "Amplified music on the terrace after 11pm",
                "evidenceReports", List.of(report), "timeToComplyDays", 21)).at("/id").asLong();
        String path = "/api/escalation/steps/" + id + "/service";
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/London"));

        Response early = api.post("caseworker", path, Map.of("servedOn", today.toString(), "method", "HAND",
                "servedBy", "Pat Officer"));
        assertThat(early.status()).as("not approved yet").isEqualTo(400);
        assertThat(early.text("/errors/0/field")).isEqualTo("servedOn");
        api.post("supervisor", "/api/escalation/steps/" + id + "/decision", Map.of("decision", "APPROVE"));

        Response future = api.post("caseworker", path, Map.of("servedOn", today.plusDays(1).toString(),
                "method", "HAND", "servedBy", "Pat Officer"));
        assertThat(future.status()).isEqualTo(400);
        assertThat(future.contentType()).startsWith("application/problem+json");
        assertThat(future.text("/errors/0/field")).isEqualTo("servedOn");
        Response malformed = api.post("caseworker", path, Map.of("servedOn", "31/12/2026", "method", "PIGEON",
                "servedBy", "Pat Officer"));
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.at("/errors").findValuesAsText("field")).containsExactly("servedOn", "method");
        Response missing = api.post("caseworker", path, Map.of("servedOn", today.toString(), "method", "AFFIXED"));
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.text("/errors/0/field")).isEqualTo("servedBy");
        assertThat(api.post("analyst", path, Map.of("servedOn", today.toString(), "method", "AFFIXED",
                "servedBy", "Pat Officer")).status()).isEqualTo(403);

        Response served = api.post("caseworker", path, Map.of("servedOn", today.toString(), "method", "AFFIXED",
                "servedBy", "Pat Officer"));
        assertThat(served.status()).as(served.toString()).isEqualTo(200);

        Response read = api.get("caseworker", "/api/escalation/cases/" + reference);
        assertThat(read.text("/steps/0/status")).isEqualTo("SERVED");
        assertThat(read.text("/steps/0/servedOn")).isEqualTo(today.toString());
        assertThat(read.text("/steps/0/serviceMethod")).isEqualTo("AFFIXED");
        assertThat(read.text("/steps/0/servedBy")).isEqualTo("Pat Officer");
        assertThat(read.text("/steps/0/complianceDate")).isEqualTo(today.plusDays(21).toString());
        assertThat(api.post("caseworker", path, Map.of("servedOn", today.toString(), "method", "HAND",
                "servedBy", "Pat Officer")).status()).as("served once").isEqualTo(400);
    }

    @Test
    @DisplayName("An analyst cannot open a case; a police officer (an authorised agency, s53) can, sees it, and another agency does not")
    void onlyAuthorisedPartnersOpenCases() {
        String name = TestReport.newPerson();
        String report = api.logReport("police", TestReport.anonymousAt(TestReport.newPlace())
                .with("sourceAgencyCode", "KENT_POLICE").with("subjects", List.of(Map.of("role", "ALLEGED_PERPETRATOR",
                        "name", name, "dateOfBirth", "1979-09-09"))).body()).text("/reference");
        Map<String, Object> request = Map.of("person", Map.of("name", name), "reportReferences", List.of(report));
        assertThat(api.post("analyst", "/api/escalation/cases", request).status()).isEqualTo(403);

        Response byPolice = api.post("police", "/api/escalation/cases", request);
        assertThat(byPolice.status()).as(byPolice.toString()).isEqualTo(201);
        assertThat(api.get("police", "/api/escalation/cases/" + byPolice.text("/reference")).status()).isEqualTo(200);
        assertThat(api.get("housing", "/api/escalation/cases/" + byPolice.text("/reference")).status()).isEqualTo(404);
    }

    @Test
    @DisplayName("An appeal against a served CPN: lodged within 21 days of service, its 'do' requirements read as "
            + "suspended until the result; a malformed day or an unknown result is a 400 naming the field")
    void anAppealAgainstAServedCpn() {
        String report = api.logReport("caseworker", TestReport.anonymousAt(TestReport.newPlace()).body()).text("/reference");
        String reference = api.post("caseworker", "/api/escalation/cases", Map.of(
                "organisation", Map.of("name", "Skip Hire " + TestReport.unique(), "address", "4 Yard Lane, Swanley"),
                "reportReferences", List.of(report))).text("/reference");
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/London"));
        approveAndServe(api.post("caseworker", "/api/escalation/cases/" + reference + "/proposals", Map.of(
                "stageCode", "CPW", "conduct", "Skips stacked on the pavement", "evidenceReports", List.of(report)))
                .at("/id").asLong(), today);
        // The CPW's time to comply passes (the process's timer, fired as the job executor would).
        String processId = runtime.createProcessInstanceQuery().processInstanceBusinessKey(reference).singleResult().getId();
        management.executeJob(management.createJobQuery().processInstanceId(processId).timers().singleResult().getId());
        approveAndServe(api.post("caseworker", "/api/escalation/cases/" + reference + "/proposals", Map.of(
                "stageCode", "CPN", "conduct", "Skips still stacked on the pavement", "evidenceReports", List.of(report),
                "requirements", List.of(Map.of("kind", "STOP", "text", "Stop stacking skips on the pavement"),
                        Map.of("kind", "DO", "text", "Clear the pavement", "deadline", today.plusDays(28).toString()))))
                .at("/id").asLong(), today);
        String appeal = "/api/escalation/cases/" + reference + "/appeal";

        Response malformed = api.post("caseworker", appeal, Map.of("lodgedOn", "yesterday", "court", "Sevenoaks"));
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.text("/errors/0/field")).isEqualTo("lodgedOn");
        Response noCourt = api.post("caseworker", appeal, Map.of("lodgedOn", today.toString()));
        assertThat(noCourt.status()).isEqualTo(400);
        assertThat(noCourt.text("/errors/0/field")).isEqualTo("court");
        Response lodged = api.post("caseworker", appeal, Map.of("lodgedOn", today.toString(),
                "court", "Sevenoaks Magistrates' Court", "hearingDate", today.plusDays(30).toString()));
        assertThat(lodged.status()).as(lodged.toString()).isEqualTo(201);

        JsonNode cpn = api.get("caseworker", "/api/escalation/cases/" + reference).at("/steps/1");
        assertThat(cpn.get("appealDeadline").asText()).isEqualTo(today.plusDays(21).toString());
        assertThat(cpn.at("/appeal/court").asText()).isEqualTo("Sevenoaks Magistrates' Court");
        assertThat(cpn.at("/requirements/0/suspended").asBoolean()).as("stop stands").isFalse();
        assertThat(cpn.at("/requirements/1/suspended").asBoolean()).as("do suspended").isTrue();

        Response unknown = api.post("caseworker", appeal + "/result", Map.of("result", "WON", "decidedOn", today.toString()));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.text("/errors/0/field")).isEqualTo("result");
        Response noTerms = api.post("caseworker", appeal + "/result", Map.of("result", "VARIED",
                "decidedOn", today.toString()));
        assertThat(noTerms.status()).isEqualTo(400);
        assertThat(noTerms.text("/errors/0/field")).isEqualTo("requirements");
        Response badTerm = api.post("caseworker", appeal + "/result", Map.of("result", "VARIED",
                "decidedOn", today.toString(), "requirements", List.of(Map.of("kind", "DO", "text", "Clear it"))));
        assertThat(badTerm.status()).isEqualTo(400);
        assertThat(badTerm.text("/errors/0/field")).isEqualTo("requirements[0].deadline");
        Response decided = api.post("caseworker", appeal + "/result", Map.of("result", "VARIED",
                "decidedOn", today.toString(), "requirements", List.of(
                        Map.of("kind", "DO", "text", "Clear half the pavement", "deadline",
                                today.plusDays(14).toString()))));
        assertThat(decided.status()).as(decided.toString()).isEqualTo(200);
        JsonNode after = api.get("caseworker", "/api/escalation/cases/" + reference).at("/steps/1");
        assertThat(after.at("/appeal/result").asText()).isEqualTo("VARIED");
        assertThat(after.at("/requirements").size()).as("the court's terms replace the notice's").isEqualTo(1);
        assertThat(after.at("/requirements/0/text").asText()).isEqualTo("Clear half the pavement");
        assertThat(after.at("/requirements/0/deadline").asText()).as("decided the day it was lodged: no days to add")
                .isEqualTo(today.plusDays(14).toString());
        assertThat(after.at("/requirements/0/suspended").asBoolean()).isFalse();
        assertThat(after.at("/servedRequirements").size()).as("the paper served").isEqualTo(2);
    }

    @Test
    @DisplayName("An ABA signed or refused: a malformed day or an unknown outcome is a 400 naming the field; a refusal is "
            + "read on its step; an unknown step is 404 and a partner officer may not record it")
    void anAgreementSignedOrRefused() {
        String name = TestReport.newPerson();
        String report = reportAbout(name, "1991-04-04");
        String reference = openForPerson(report, name, "1991-04-04");
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/London"));
        approveAndServe(api.post("caseworker", "/api/escalation/cases/" + reference + "/proposals", Map.of(
                "stageCode", "WARNING_LETTER", "conduct", "Abuse in the car park", "evidenceReports", List.of(report)))
                .at("/id").asLong(), today);
        long aba = api.post("caseworker", "/api/escalation/cases/" + reference + "/proposals", Map.of(
                "stageCode", "ABA", "conduct", "Abuse in the car park", "evidenceReports", List.of(report)))
                .at("/id").asLong();
        approveAndServe(aba, today);
        String path = "/api/escalation/steps/" + aba + "/agreement";

        Response unknown = api.post("caseworker", path, Map.of("outcome", "MAYBE", "decidedOn", today.toString()));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
        assertThat(unknown.text("/errors/0/field")).isEqualTo("outcome");
        Response malformed = api.post("caseworker", path, Map.of("outcome", "REFUSED", "decidedOn", "2026-02-30"));
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.text("/errors/0/field")).isEqualTo("decidedOn");
        Response future = api.post("caseworker", path, Map.of("outcome", "REFUSED",
                "decidedOn", today.plusDays(1).toString()));
        assertThat(future.status()).isEqualTo(400);
        assertThat(future.text("/errors/0/field")).isEqualTo("decidedOn");
        assertThat(api.post("police", path, Map.of("outcome", "REFUSED", "decidedOn", today.toString())).status())
                .as("not shared with the police: not theirs to see").isEqualTo(404);
        assertThat(api.post("caseworker", "/api/escalation/steps/999999999/agreement", Map.of("outcome", "REFUSED",
                "decidedOn", today.toString())).status()).isEqualTo(404);

        Response refused = api.post("caseworker", path, Map.of("outcome", "REFUSED", "decidedOn", today.toString(),
                "supportOffered", "Referral to the drug and alcohol service",
                "positiveRequirements", List.of("Attend the first appointment")));
        assertThat(refused.status()).as(refused.toString()).isEqualTo(201);
        JsonNode agreement = api.get("caseworker", "/api/escalation/cases/" + reference).at("/steps/1/agreement");
        assertThat(agreement.get("outcome").asText()).isEqualTo("REFUSED");
        assertThat(agreement.get("decidedOn").asText()).isEqualTo(today.toString());
        assertThat(agreement.at("/positiveRequirements/0").asText()).isEqualTo("Attend the first appointment");
        assertThat(api.post("caseworker", path, Map.of("outcome", "SIGNED", "decidedOn", today.toString())).status())
                .as("recorded once").isEqualTo(400);
    }

    @Test
    @DisplayName("Legal outcomes: an injunction against a person under 18 without the youth offending team consulted, a "
            + "closure notice over 48 hours and malformed days are 400s naming the field; recorded with a breach, they "
            + "are read on the case; another case or an unknown one is 404")
    void legalOutcomesBeyondTheLadder() {
        String name = TestReport.newPerson();
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/London"));
        String dob = today.minusYears(15).toString();
        String report = reportAbout(name, dob);
        Response opened = api.post("caseworker", "/api/escalation/cases", Map.of(
                "person", Map.of("name", name, "dateOfBirth", dob), "reportReferences", List.of(report),
                "guardian", Map.of("name", "Gail Guardian", "address", "2 Home Row, Sevenoaks")));
        String reference = opened.text("/reference");
        String path = "/api/escalation/cases/" + reference + "/legal-outcomes";
        Map<String, Object> injunction = new java.util.HashMap<>(Map.of("kind", "INJUNCTION",
                "madeOn", today.toString(), "expiresOn", today.plusMonths(6).toString(),
                "terms", "Not to enter the Bradbourne estate", "powerOfArrest", true));

        Response noYot = api.post("caseworker", path, injunction);
        assertThat(noYot.status()).isEqualTo(400);
        assertThat(noYot.contentType()).startsWith("application/problem+json");
        assertThat(noYot.text("/errors/0/field")).isEqualTo("youthOffendingTeamConsulted");
        assertThat(noYot.text("/errors/0/message")).contains("s14");
        Response badDay = api.post("caseworker", path, Map.of("kind", "INJUNCTION", "madeOn", "03/12/2026"));
        assertThat(badDay.status()).isEqualTo(400);
        assertThat(badDay.text("/errors/0/field")).isEqualTo("madeOn");
        Response notice = api.post("caseworker", path, Map.of("kind", "CLOSURE_NOTICE", "madeOn", today.toString(),
                "expiresOn", today.plusDays(3).toString(), "premises", "2 Home Row, Sevenoaks"));
        assertThat(notice.status()).isEqualTo(400);
        assertThat(notice.text("/errors/0/field")).isEqualTo("expiresOn");
        assertThat(notice.text("/errors/0/message")).contains("48 hours");

        injunction.put("youthOffendingTeamConsulted", true);
        Response granted = api.post("caseworker", path, injunction);
        assertThat(granted.status()).as(granted.toString()).isEqualTo(201);
        long id = granted.at("/id").asLong();
        Response badBreach = api.post("caseworker", path + "/" + id + "/breaches", Map.of("breachOn", "2026-13-01",
                "description", "Seen on the estate"));
        assertThat(badBreach.status()).isEqualTo(400);
        assertThat(badBreach.text("/errors/0/field")).isEqualTo("breachOn");
        Response breach = api.post("caseworker", path + "/" + id + "/breaches", Map.of("breachOn", today.toString(),
                "description", "Seen on the estate at 10pm"));
        assertThat(breach.status()).as(breach.toString()).isEqualTo(201);

        JsonNode outcome = api.get("caseworker", "/api/escalation/cases/" + reference).at("/legalOutcomes/0");
        assertThat(outcome.get("kind").asText()).isEqualTo("INJUNCTION");
        assertThat(outcome.get("expiresOn").asText()).isEqualTo(today.plusMonths(6).toString());
        assertThat(outcome.get("powerOfArrest").asBoolean()).isTrue();
        assertThat(outcome.at("/breaches/0/description").asText()).isEqualTo("Seen on the estate at 10pm");

        assertThat(api.post("caseworker", "/api/escalation/cases/ESC-0000-NONE/legal-outcomes", injunction).status())
                .isEqualTo(404);
        String otherName = TestReport.newPerson();
        String other = openForPerson(reportAbout(otherName, "1985-05-05"), otherName, "1985-05-05");
        assertThat(api.post("caseworker", "/api/escalation/cases/" + other + "/legal-outcomes/" + id + "/breaches",
                Map.of("breachOn", today.toString(), "description", "x")).status()).isEqualTo(404);
        assertThat(api.get("housing", "/api/escalation/cases/" + reference).status()).isEqualTo(404);
    }

    @org.springframework.beans.factory.annotation.Autowired
    org.camunda.bpm.engine.RuntimeService runtime;
    @org.springframework.beans.factory.annotation.Autowired
    org.camunda.bpm.engine.ManagementService management;

    private void approveAndServe(long stepId, LocalDate day) {
        Response approved = api.post("supervisor", "/api/escalation/steps/" + stepId + "/decision",
                Map.of("decision", "APPROVE"));
        assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
        Response served = api.post("caseworker", "/api/escalation/steps/" + stepId + "/service",
                Map.of("servedOn", day.toString(), "method", "HAND", "servedBy", "Pat Officer"));
        assertThat(served.status()).as(served.toString()).isEqualTo(200);
    }

    private String reportAbout(String name, String dateOfBirth) {
        return api.logReport("caseworker", TestReport.anonymousAt(TestReport.newPlace()).with("subjects",
                List.of(Map.of("role", "ALLEGED_PERPETRATOR", "name", name, "dateOfBirth", dateOfBirth))).body())
                .text("/reference");
    }

    private String openForPerson(String report, String name, String dateOfBirth) {
        Response opened = api.post("caseworker", "/api/escalation/cases", Map.of(
                "person", Map.of("name", name, "dateOfBirth", dateOfBirth), "reportReferences", List.of(report)));
        assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
        return opened.text("/reference");
    }

    private static JsonNode step(Response read, String code) {
        for (JsonNode s : read.at("/nextPossibleSteps")) {
            if (s.get("stageCode").asText().equals(code)) {
                return s;
            }
        }
        throw new AssertionError("No possible step " + code + " in " + read);
    }
}
