package org.csucasework.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.csucasework.intake.HateCharacteristic;
import org.csucasework.intake.NewReport;
import org.csucasework.intake.ReportService;
import org.csucasework.intake.SubjectRole;
import org.csucasework.people.PersonDetails;
import org.csucasework.shared.Role;
import org.csucasework.support.IntegrationTest;
import org.csucasework.support.RunAs;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The victims and risk table on PostgreSQL, counted from reports logged through the service. The test database is
 * never reset, so each count is compared with the same count before the reports were logged, in a year no other test
 * logs reports in (1994-95).
 */
@IntegrationTest
class VictimRiskFiguresIntegrationTest {

    static final Period YEAR = new Period(LocalDate.of(1994, 10, 1), LocalDate.of(1995, 9, 30));

    @Autowired ReportService reports;
    @Autowired VictimRiskFiguresService victimRisk;
    @Autowired FiguresExports exports;
    @Autowired org.springframework.security.core.userdetails.UserDetailsService accounts;
    @Autowired org.csucasework.actions.ActionService actions;
    @Autowired org.csucasework.tasking.ReportActions reportActions;
    @Autowired org.csucasework.tasking.ReportClosingService closing;
    @Autowired org.csucasework.tasking.process.ReportProcess process;

    private final List<String> logged = new java.util.ArrayList<>();

    /** Closed afterwards: an open high-risk report from 1995 would head every day's tasking agenda in other tests. */
    @org.junit.jupiter.api.AfterEach
    void closeTheReports() {
        new org.csucasework.support.ReportCleanup(new org.csucasework.support.SignedIn(accounts), actions, reportActions,
                closing,
                process).closeAll(logged);
    }

    @Test
    void reportsByRiskLevelRepeatVictimsAndPossibleHateIncidentsAreCountedForTheYearAndTheOneBefore() {
        VictimRiskFigures before = asAnalyst();
        String id = UUID.randomUUID().toString().substring(0, 8);
        Instant march = Instant.parse("1995-03-01T10:00:00Z");

        // Vera: HIGH risk (an automatic-high answer) and targeted for who she is; then a hate-category report.
        String first = log(new NewReport(march, "NOIMUS", "E05005008", null, "1 Figures Road " + id, "SDC_CSU", true,
                null, List.of(new NewReport.Subject(SubjectRole.VICTIM, PersonDetails.named("Vera Figures " + id))),
                "Shouted at and pushed", null, Map.of("TARGETED_IDENTITY", true, "VIOLENCE", true)));
        Long vera = RunAs.user("caseworker", () -> reports.details(first), Role.CASEWORKER).subjects().get(0)
                .person().id();
        log(new NewReport(march.plusSeconds(86_400), "ASB_HATE", "E05005008", null, "1 Figures Road " + id,
                "SDC_CSU", true, null, List.of(new NewReport.Subject(SubjectRole.VICTIM,
                new PersonDetails(vera, "Vera Figures " + id, null, null, null, null))), "Graffiti on her door"));
        // Walter complains once: standard risk; no repeat; he says he was targeted for his religion and a disability.
        log(new NewReport(march.plusSeconds(2 * 86_400), "NOIMUS", "E05005008", null, "2 Figures Road " + id,
                "SDC_CSU", true, null, List.of(new NewReport.Subject(SubjectRole.COMPLAINANT,
                PersonDetails.named("Walter Figures " + id))), "Music", null, Map.of("ISOLATED", true),
                java.util.Set.of(HateCharacteristic.RELIGION, HateCharacteristic.DISABILITY)));
        // The year before: Xena, medium risk (3 + 3 + 2 = 8).
        log(new NewReport(Instant.parse("1994-05-02T10:00:00Z"), "NOIMUS", "E05005008", null, "3 Figures Road " + id,
                "SDC_CSU", true, null, List.of(new NewReport.Subject(SubjectRole.VICTIM,
                PersonDetails.named("Xena Figures " + id))), "Dogs", null,
                Map.of("DISABILITY_OR_ILLNESS", true, "AFRAID_AT_HOME", true, "ISOLATED", true)));

        VictimRiskFigures after = asAnalyst();

        assertThat(after.period()).isEqualTo(YEAR);
        assertThat(added(before, after, "RISK_HIGH")).isEqualTo(1);
        assertThat(added(before, after, "RISK_STANDARD")).isEqualTo(1);
        assertThat(added(before, after, "RISK_MEDIUM")).isZero();
        assertThat(added(before, after, "RISK_NOT_ASSESSED")).as("no report is dropped").isEqualTo(1);
        assertThat(added(before, after, VictimRiskFiguresService.REPEAT_VICTIMS)).isEqualTo(1);
        assertThat(added(before, after, VictimRiskFiguresService.POSSIBLE_HATE_INCIDENTS)).isEqualTo(3);
        assertThat(added(before, after, "HATE_RELIGION")).isEqualTo(1);
        assertThat(added(before, after, "HATE_DISABILITY")).isEqualTo(1);
        assertThat(added(before, after, "HATE_RACE")).isZero();
        assertThat(after.row("HATE_RELIGION").label()).isEqualTo("Possible hate incidents: religion or belief");
        assertThat(after.row("RISK_MEDIUM").previous() - before.row("RISK_MEDIUM").previous()).isEqualTo(1);
        VictimRiskFigures.Row high = after.row("RISK_HIGH");
        assertThat(high.label()).isEqualTo("Reports assessed high risk");
        assertThat(high.difference()).isEqualTo(high.current() - high.previous());
        assertThat(after.rows()).extracting(VictimRiskFigures.Row::code).startsWith("RISK_STANDARD", "RISK_MEDIUM",
                "RISK_HIGH").containsSubsequence("RISK_NOT_ASSESSED", VictimRiskFiguresService.REPEAT_VICTIMS,
                VictimRiskFiguresService.POSSIBLE_HATE_INCIDENTS, "HATE_RACE", "HATE_TRANSGENDER_IDENTITY");
        assertThat(after.table().rows()).hasSize(after.rows().size());
    }

    @Test
    void theFiguresPackHasTheVictimsAndRiskTableWithEveryRowByName() throws Exception {
        String id = UUID.randomUUID().toString().substring(0, 8);
        log(new NewReport(Instant.parse("1995-04-03T10:00:00Z"), "NOIMUS", "E05005008", null, "4 Pack Road " + id,
                "SDC_CSU", true, null, List.of(new NewReport.Subject(SubjectRole.VICTIM,
                PersonDetails.named("Yusuf Pack " + id))), "Abuse in the street", null, Map.of("ISOLATED", true),
                java.util.Set.of(HateCharacteristic.RACE)));
        VictimRiskFigures figures = asAnalyst();

        String text = textOf(RunAs.user("analyst", () -> exports.pack(YEAR), Role.ANALYST));

        assertThat(text).contains("Victims and risk, " + YEAR.label());
        VictimRiskFigures.Row race = figures.row("HATE_RACE");
        assertThat(text).contains("Reports assessed high risk", "Repeat victims (people who reported");
        // The extracted cells run together, with or without spaces: compared without them.
        assertThat(text.replace(" ", "")).contains("HATE_RACEPossiblehateincidents:raceorethnicity"
                + race.current() + race.previous() + race.difference());
    }

    private static String textOf(byte[] pdf) throws java.io.IOException {
        com.lowagie.text.pdf.PdfReader reader = new com.lowagie.text.pdf.PdfReader(pdf);
        try {
            StringBuilder text = new StringBuilder();
            var extractor = new com.lowagie.text.pdf.parser.PdfTextExtractor(reader);
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(extractor.getTextFromPage(page)).append('\n');
            }
            return text.toString().replaceAll("\\s+", " ");
        } finally {
            reader.close();
        }
    }

    private static long added(VictimRiskFigures before, VictimRiskFigures after, String code) {
        return after.row(code).current() - before.row(code).current();
    }

    private String log(NewReport report) {
        String reference = RunAs.user("caseworker", () -> reports.log(report, null), Role.CASEWORKER).reference();
        logged.add(reference);
        return reference;
    }

    private VictimRiskFigures asAnalyst() {
        return RunAs.user("analyst", () -> victimRisk.figures(YEAR), Role.ANALYST);
    }
}
