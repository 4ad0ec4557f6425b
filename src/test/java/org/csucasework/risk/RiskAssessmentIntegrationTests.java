package org.csucasework.risk;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.csucasework.intake.ReportService;
import org.csucasework.reference.ReferenceDataService;
import org.csucasework.reference.ReferenceType;
import org.csucasework.reference.RiskQuestion;
import org.csucasework.support.ApiTestBase;
import org.csucasework.support.ApiTestClient.Response;
import org.csucasework.support.IntegrationTest;
import org.csucasework.support.RunAs;
import org.csucasework.shared.Role;
import org.csucasework.support.TestReport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The victim risk assessment at intake and at review (issue 16, DESIGN.md 4.7), through {@code POST /api/reports} on
 * PostgreSQL with the seeded questions and levels (reference/risk-questions.csv, risk-levels.csv).
 */
@IntegrationTest
class RiskAssessmentIntegrationTests extends ApiTestBase {

    @Autowired
    ReportService reports;
    @Autowired
    ReferenceDataService referenceData;

    @Test
    void answersWithAnUnknownQuestionCodeAreRefusedNamingTheCode() {
        Response response = api.post("caseworker", "/api/reports", TestReport.anonymousAt(TestReport.newPlace())
                .with("riskAssessment", Map.of("answers", Map.of("THREATS", true, "NOT_A_QUESTION", true))).body());

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.at("/errors").findValuesAsText("field"))
                .containsExactly("riskAssessment.answers.NOT_A_QUESTION");
        assertThat(response.at("/errors").findValuesAsText("message")).allMatch(m -> m.contains("NOT_A_QUESTION"));
    }

    @Test
    void protectedCharacteristicsTickedMakeAPossibleHateIncidentShownOnThePersonAndAnUnknownOneIsRefused() {
        Response refused = api.post("caseworker", "/api/reports", TestReport.anonymousAt(TestReport.newPlace())
                .with("hateCharacteristics", List.of("RACE", "HEIGHT")).body());
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.at("/errors").findValuesAsText("field")).containsExactly("hateCharacteristics[1]");
        assertThat(refused.at("/errors").findValuesAsText("message")).allMatch(m -> m.contains("HEIGHT"));

        Response logged = api.logReport("caseworker", TestReport.anonymousAt(TestReport.newPlace())
                .subject("VICTIM", TestReport.newPerson())
                .with("hateCharacteristics", List.of("RACE", "religion")).body());
        Response caseFile = api.get("caseworker", "/api/reports/" + logged.text("/reference"));
        assertThat(texts(caseFile.at("/report/subjects/0/person/markers"))).containsExactly("POSSIBLE_HATE_INCIDENT");
    }

    @Test
    void anAutomaticHighAnswerMakesTheReportHighRiskAndPutsItAtTheTopOfTodaysAgenda() {
        Response logged = api.logReport("caseworker", TestReport.anonymousAt(TestReport.newPlace())
                .subject("VICTIM", TestReport.newPerson())
                .with("riskAssessment", Map.of("answers", Map.of("VIOLENCE", true, "ISOLATED", false))).body());

        assertThat(texts(logged.at("/flags"))).contains("HIGH_RISK");
        assertThat(logged.text("/riskLevel")).isEqualTo("HIGH");
        String reference = logged.text("/reference");

        Response agenda = api.get("caseworker", "/api/tasking/agenda");
        assertThat(agenda.at("/highRisk").findValuesAsText("reference")).contains(reference);
        JsonNode newReports = agenda.at("/newReports");
        assertThat(newReports.findValuesAsText("reference")).contains(reference);
        assertThat(texts(newReports.get(0).path("flags"))).as("the first new report").contains("HIGH_RISK");
        Response caseFile = api.get("caseworker", "/api/reports/" + reference);
        assertThat(caseFile.text("/report/riskLevel")).isEqualTo("HIGH");
    }

    @Test
    void aScoreAtTheMediumLevelSetsAContactDueWithinTwoWorkingDaysAndIsNotFlaggedHigh() {
        // 3 + 3 + 2 = 8: MEDIUM from 8, HIGH from 15
        Response logged = api.logReport("caseworker", TestReport.anonymousAt(TestReport.newPlace())
                .with("riskAssessment", Map.of("answers",
                        Map.of("AFRAID_AT_HOME", true, "THREATS", true, "ESCALATING", true))).body());

        assertThat(logged.text("/riskLevel")).isEqualTo("MEDIUM");
        assertThat(texts(logged.at("/flags"))).doesNotContain("HIGH_RISK");
        Response caseFile = api.get("caseworker", "/api/reports/" + logged.text("/reference"));
        java.time.LocalDate due = java.time.LocalDate.parse(caseFile.text("/report/contactDue"));
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/London"));
        assertThat(due).isAfter(today).isBeforeOrEqualTo(today.plusDays(4));
        assertThat(due.getDayOfWeek()).isNotIn(java.time.DayOfWeek.SATURDAY, java.time.DayOfWeek.SUNDAY);
    }

    @Test
    void anAssessmentKeepsTheQuestionsAsAskedWhenAnAdministratorLaterEditsThem() {
        Response logged = api.logReport("caseworker", TestReport.anonymousAt(TestReport.newPlace())
                .with("riskAssessment", Map.of("answers", Map.of("CONSIDERING_MOVING", true))).body());
        String reference = logged.text("/reference");
        RiskQuestion question = referenceData.findByCode(ReferenceType.RISK_QUESTIONS, "CONSIDERING_MOVING").orElseThrow();
        String asked = question.getQuestion();
        try {
            RiskQuestion edited = ReferenceType.RISK_QUESTIONS.copyOf(question);
            edited.setQuestion(asked + " (edited " + TestReport.unique() + ")");
            RunAs.administrator(() -> referenceData.save(ReferenceType.RISK_QUESTIONS, edited));

            Response review = api.post("caseworker", "/api/reports/" + reference + "/risk-assessments",
                    Map.of("answers", Map.of("CONSIDERING_MOVING", true, "VIOLENCE", true)));
            assertThat(review.status()).as("%s", review).isEqualTo(201);
            assertThat(review.text("/riskLevel")).isEqualTo("HIGH");

            List<RiskAssessment> assessments = signedIn.as("caseworker", () -> reports.riskAssessments(reference));
            assertThat(assessments).hasSize(2);
            assertThat(answerTo(assessments.get(0), "CONSIDERING_MOVING").getQuestion()).isEqualTo(asked);
            assertThat(answerTo(assessments.get(1), "CONSIDERING_MOVING").getQuestion()).isEqualTo(edited.getQuestion());
            assertThat(assessments.get(0).getAssessedBy()).isEqualTo("caseworker");
            assertThat(assessments.get(0).getLevel()).isEqualTo("STANDARD");
        } finally {
            RiskQuestion current = referenceData.findByCode(ReferenceType.RISK_QUESTIONS, "CONSIDERING_MOVING")
                    .orElseThrow();
            RiskQuestion restored = ReferenceType.RISK_QUESTIONS.copyOf(current);
            restored.setQuestion(asked);
            RunAs.user("admin", () -> referenceData.save(ReferenceType.RISK_QUESTIONS, restored), Role.ADMIN);
        }
    }

    private static RiskAnswer answerTo(RiskAssessment assessment, String code) {
        return assessment.getAnswers().stream().filter(a -> a.getCode().equals(code)).findFirst().orElseThrow();
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }
}
