package org.csucasework.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.csucasework.intake.CodeFilter;
import org.csucasework.intake.ReportDimension;
import org.csucasework.intake.ReportFigures;
import org.csucasework.intake.ReportImportService;
import org.csucasework.intake.ReportList;
import org.csucasework.intake.ReportService;
import org.csucasework.intake.ReportSharing;
import org.csucasework.intake.ReportSummary;
import org.csucasework.reference.Agency;
import org.csucasework.reference.Category;
import org.csucasework.reference.ReferenceDataService;
import org.csucasework.reference.ReferenceEntity;
import org.csucasework.reference.ReferenceType;
import org.csucasework.reference.Ward;
import org.csucasework.shared.Role;
import org.csucasework.support.IntegrationTest;
import org.csucasework.support.RunAs;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The annual figures on PostgreSQL against the hand-computed tables of {@link FiguresTestData}: whole tables, each
 * row's months, totals, previous totals, differences and percentages, unknown and retired codes under UNKNOWN.
 */
@IntegrationTest
class FiguresIntegrationTest {

    static final Period Q1_2002 = new Period(LocalDate.of(2002, 1, 1), LocalDate.of(2002, 3, 31));

    @Autowired JdbcTemplate jdbc;
    @Autowired ReportImportService imports;
    @Autowired ReferenceDataService referenceData;
    @Autowired FiguresService figures;
    @Autowired ReportFigures reportFigures;
    @Autowired ReportService reports;
    @Autowired ReportSharing sharing;
    @Autowired PriorityService priorities;
    @Autowired org.springframework.beans.factory.ObjectProvider<HeadlineFigureSource> sources;

    @BeforeEach
    void seed() {
        FiguresTestData.ensureSeeded(jdbc, imports, referenceData);
    }

    @Test
    void theNoiseTableIsTheHandComputedTableWithRetiredCategoriesUnderUnknown() {
        MonthlyTable table = asAnalyst(() -> figures.monthly(ReportDimension.CATEGORY, Q1_2002, "NOISE"));

        assertThat(table.previousPeriod()).isEqualTo(new Period(LocalDate.of(2001, 10, 1), LocalDate.of(2001, 12, 31)));
        assertThat(table.months()).containsExactly(YearMonth.of(2002, 1), YearMonth.of(2002, 2), YearMonth.of(2002, 3));
        assertThat(lines(table)).containsExactly(
                "NOIALM Alarm | 2 1 0 | 3 2 1 50.0",
                "NOIANI Other animals | 0 0 0 | 0 0 0 ",
                "NOIDIY DIY | 1 2 1 | 4 3 1 33.3",
                "NOIDOG Barking dog | 1 0 2 | 3 3 0 0.0",
                "NOIFIR Fireworks | 0 0 0 | 0 0 0 ",
                "NOILOW Low frequency | 0 0 0 | 0 0 0 ",
                "NOIMAC Machinery | 0 0 0 | 0 0 0 ",
                "NOIMUS Loud music | 0 1 0 | 1 0 1 ",
                "NOIOTH Other (excluding Brands Hatch) | 0 0 0 | 0 0 0 ",
                "NOIPAR Domestic party | 0 0 0 | 0 3 -3 -100.0",
                "NOIPEO People | 0 0 0 | 0 0 0 ",
                "NOIPLA Plant (construction equipment) | 0 0 0 | 0 0 0 ",
                "NOISHO Shooting | 0 0 0 | 0 0 0 ",
                "NOISTR In the street | 0 0 0 | 0 0 0 ",
                "NOITV TV / radio | 0 0 0 | 0 0 0 ",
                "NOIUNS Other / unspecified | 0 0 0 | 0 0 0 ",
                "NOIRAI Rail | 0 0 0 | 0 0 0 ",
                "NOIPAS Public address systems | 0 0 0 | 0 0 0 ",
                "NOIVR Vehicle repairs | 0 0 0 | 0 0 0 ",
                "UNKNOWN Retired category | 0 0 1 | 1 0 1 ",
                "TOTAL Total | 4 4 4 | 12 11 1 9.1");
    }

    @Test
    void theAllCategoriesTableCountsEveryReportWithUnknownAndRetiredCodesUnderUnknown() {
        MonthlyTable table = asAnalyst(() -> figures.monthly(ReportDimension.CATEGORY, Q1_2002, null));

        List<String> expected = zeroRows(activeInIdOrder(ReferenceType.CATEGORIES).stream()
                .collect(Collectors.toMap(Category::getCode, Category::getName, (a, b) -> a, java.util.LinkedHashMap::new)),
                Map.of("ASB_NUISANCE", "1 0 0 | 1 1 0 0.0",
                        "NOIALM", "2 1 0 | 3 2 1 50.0",
                        "NOIDIY", "1 2 1 | 4 3 1 33.3",
                        "NOIDOG", "1 0 2 | 3 3 0 0.0",
                        "NOIMUS", "0 1 0 | 1 0 1 ",
                        "NOIPAR", "0 0 0 | 0 3 -3 -100.0"));
        expected.add("UNKNOWN Unknown or retired category | 0 1 1 | 2 0 2 ");
        expected.add("TOTAL Total | 5 5 4 | 14 12 2 16.7");
        assertThat(lines(table)).containsExactlyElementsOf(expected);
    }

    @Test
    void theWardTableCountsReportsWithoutAWardOrWithAnUnknownOneUnderUnknown() {
        MonthlyTable table = asAnalyst(() -> figures.monthly(ReportDimension.WARD, Q1_2002, null));

        List<String> expected = zeroRows(referenceData.list(ReferenceType.WARDS).stream().filter(Ward::isActive)
                        .collect(Collectors.toMap(Ward::getCode, Ward::getName, (a, b) -> a, java.util.LinkedHashMap::new)),
                Map.of("E05005008", "3 3 3 | 9 0 9 ",
                        "E05005009", "1 1 0 | 2 0 2 ",
                        "E05005010", "0 0 1 | 1 0 1 ",
                        "E05005012", "0 0 0 | 0 11 -11 -100.0"));
        expected.add("UNKNOWN Unknown or retired ward | 1 1 0 | 2 1 1 100.0");
        expected.add("TOTAL Total | 5 5 4 | 14 12 2 16.7");
        assertThat(lines(table)).containsExactlyElementsOf(expected);
    }

    @Test
    void theSourceAgencyTableIsTheHandComputedTable() {
        MonthlyTable table = asAnalyst(() -> figures.monthly(ReportDimension.SOURCE_AGENCY, Q1_2002, null));

        List<String> expected = zeroRows(activeInIdOrder(ReferenceType.AGENCIES).stream().filter(Agency::isActive)
                        .collect(Collectors.toMap(Agency::getCode, Agency::getName, (a, b) -> a, java.util.LinkedHashMap::new)),
                Map.of("SDC_CSU", "2 5 2 | 9 0 9 ",
                        "KENT_POLICE", "3 0 1 | 4 12 -8 -66.7",
                        "WKHA", "0 0 1 | 1 0 1 "));
        expected.add("TOTAL Total | 5 5 4 | 14 12 2 16.7");
        assertThat(lines(table)).containsExactlyElementsOf(expected);
    }

    @Test
    void theOutcomeTableIsTheHandComputedTable() {
        MonthlyTable table = asAnalyst(() -> figures.monthly(ReportDimension.OUTCOME, Q1_2002, null));

        assertThat(lines(table)).containsExactly(
                "RESOLVED Resolved | 4 4 3 | 11 12 -1 -8.3",
                "NO_FURTHER_ACTION No further action | 1 0 0 | 1 0 1 ",
                "REFERRED_TASK_AND_FINISH Referred to a Task and Finish Group | 0 0 0 | 0 0 0 ",
                "REFERRED_MARAC Referred to Community MARAC | 0 0 0 | 0 0 0 ",
                "ESCALATED Escalated (warning letter / ABA / enforcement) | 0 0 0 | 0 0 0 ",
                "PASSED_TO_PARTNER Passed to a partner agency outside the CSU's remit | 0 0 0 | 0 0 0 ",
                "UNABLE_TO_CONTACT Unable to contact the reporter | 0 0 0 | 0 0 0 ",
                "UNFOUNDED Unfounded or malicious | 0 0 0 | 0 0 0 ",
                "NONE No outcome (open, or none recorded) | 0 0 1 | 1 0 1 ",
                "UNKNOWN Unknown outcome | 0 1 0 | 1 0 1 ",
                "TOTAL Total | 5 5 4 | 14 12 2 16.7");
    }

    @Test
    void aPeriodThatIsNotWholeMonthsHasPartMonthsAndAPreviousPeriodOfTheSameNumberOfDays() {
        Period period = new Period(LocalDate.of(2002, 1, 15), LocalDate.of(2002, 2, 14));
        MonthlyTable table = asAnalyst(() -> figures.monthly(ReportDimension.CATEGORY, period, "NOISE"));

        assertThat(table.previousPeriod()).isEqualTo(new Period(LocalDate.of(2001, 12, 15), LocalDate.of(2002, 1, 14)));
        assertThat(table.totals().months()).containsExactly(3L, 2L); // r02, r04, r07 | r03, r08 (r09 is 15 Feb)
        assertThat(table.totals().previousTotal()).isEqualTo(2L); // p02 (31 Dec 23:30) and r01 (10 Jan)
    }

    @Test
    void theHeadlineFiguresCountReportsAndShowFiguresNoCapabilityCountsAsNotAvailable() {
        HeadlineFigures headline = asAnalyst(() -> figures.headline(Q1_2002));

        HeadlineFigures.Row received = headline.row(HeadlineFigure.REPORTS_RECEIVED);
        assertThat(received.available()).isTrue();
        assertThat(List.of(received.current(), received.previous(), received.difference())).containsExactly(14L, 12L, 2L);
        assertThat(received.percentageChange()).hasToString("16.7");
        HeadlineFigures.Row calls = headline.row(HeadlineFigure.CALLS_DEALT_WITH_AT_TASKING);
        assertThat(List.of(calls.current(), calls.previous(), calls.difference())).containsExactly(0L, 0L, 0L);
        assertThat(calls.percentageChange()).isNull();

        Set<HeadlineFigure> counted = EnumSet.of(HeadlineFigure.REPORTS_RECEIVED, HeadlineFigure.CALLS_DEALT_WITH_AT_TASKING);
        sources.orderedStream().forEach(source -> counted.addAll(source.count(Q1_2002.from(), Q1_2002.to()).keySet()));
        for (HeadlineFigure figure : HeadlineFigure.values()) {
            HeadlineFigures.Row row = headline.row(figure);
            assertThat(row.available()).as(figure.name()).isEqualTo(counted.contains(figure));
            if (!row.available()) {
                assertThat(row.current()).as(figure.name()).isNull();
                assertThat(row.previous()).as(figure.name()).isNull();
            }
        }
    }

    @Test
    void everyCountDrillsDownToTheReportsBehindIt() {
        MonthlyTable noise = asAnalyst(() -> figures.monthly(ReportDimension.CATEGORY, Q1_2002, "NOISE"));
        MonthlyTable all = asAnalyst(() -> figures.monthly(ReportDimension.CATEGORY, Q1_2002, null));
        MonthlyTable wards = asAnalyst(() -> figures.monthly(ReportDimension.WARD, Q1_2002, null));

        assertThat(references(DrillDown.monthOf(noise, "NOIDOG", YearMonth.of(2002, 3)))).containsExactly("r06", "r05");
        assertThat(references(DrillDown.totalOf(noise, "NOIALM"))).containsExactly("r01", "r02", "r03");
        assertThat(references(DrillDown.previousOf(noise, "NOIALM"))).containsExactly("p01", "p02");
        assertThat(references(DrillDown.totalOf(noise, MonthlyTable.UNKNOWN))).containsExactly("r13");
        assertThat(references(DrillDown.totalOf(all, MonthlyTable.UNKNOWN))).containsExactly("r14", "r13");
        assertThat(references(DrillDown.monthOf(wards, MonthlyTable.UNKNOWN, YearMonth.of(2002, 1)))).containsExactly("r04");
        assertThat(references(DrillDown.previousOf(wards, MonthlyTable.UNKNOWN))).containsExactly("p12");
        assertThat(references(DrillDown.totalOf(noise, null))).hasSize(12);
        assertThat(references(DrillDown.previousOf(noise, null))).hasSize(11);
        assertThat(asAnalyst(() -> figures.drillDown(HeadlineFigure.REPORTS_RECEIVED, Q1_2002)).total()).isEqualTo(14);
    }

    @Test
    void aPartnerOfficerSeesOnlyTheReportsOfTheirAgencyOrSharedWithItBehindACount() {
        ReportList analystSees = asAnalyst(() -> reportFigures.reportsBehind(ReportDimension.CATEGORY, CodeFilter.all(),
                FiguresService.start(Q1_2002.from()), FiguresService.end(Q1_2002.to())));
        assertThat(analystSees.total()).isEqualTo(14);

        Long shared = analystSees.reports().stream().filter(r -> r.reference().equals(FiguresTestData.ref("r06")))
                .findFirst().orElseThrow().id();
        RunAs.user("caseworker", () -> {
            sharing.shareWith(shared, "KENT_POLICE", "Test: shared for the figures drill-down");
            return null;
        }, Role.CASEWORKER);
        ReportList policeSees = RunAs.user("police", () -> reportFigures.reportsBehind(ReportDimension.CATEGORY,
                CodeFilter.all(), FiguresService.start(Q1_2002.from()), FiguresService.end(Q1_2002.to())), Role.PARTNER);
        assertThat(policeSees.total()).isEqualTo(1);
        assertThat(policeSees.reports()).extracting(ReportSummary::reference).containsExactly(FiguresTestData.ref("r06"));
    }

    @Test
    void theSuggestedTrendAndVolumeScoresComeFromTheYearsReportsOfTheMappedCategories() {
        // Strategic Assessment year 2001/02 holds the 27 reports r01-r15 and p01-p12; 2000/01 holds p13, q01, q02.
        PriorityService.Suggestion fall = asAnalyst(() -> priorities.suggestion(2001, List.of("NOIMUS")));
        assertThat(List.of(fall.trend(), fall.volume())).containsExactly(0, 1); // 2 -> 1 reports; 3.7% of 27
        PriorityService.Suggestion fromNothing = asAnalyst(() -> priorities.suggestion(2001, List.of("NOIPAR")));
        assertThat(List.of(fromNothing.trend(), fromNothing.volume())).containsExactly(5, 3); // 0 -> 3; 11.1%
        PriorityService.Suggestion rise = asAnalyst(() -> priorities.suggestion(2001, List.of("NOIALM")));
        assertThat(List.of(rise.trend(), rise.volume())).containsExactly(5, 5); // 1 -> 6 (+500%); 22.2%
        assertThat(rise.basis()).isEqualTo("6 reports this year, 1 the year before (+500.0%); 22.2% of all 27 reports");
        assertThat(asAnalyst(() -> priorities.suggestion(2001, List.of())).trend()).isNull();
    }

    private List<String> references(DrillDown drillDown) {
        String prefix = FiguresTestData.ref("");
        return asAnalyst(() -> figures.drillDown(drillDown)).reports().stream()
                .map(ReportSummary::reference).map(reference -> reference.substring(prefix.length())).toList();
    }

    static List<String> lines(MonthlyTable table) {
        List<String> lines = new ArrayList<>();
        table.rows().forEach(row -> lines.add(line(row)));
        lines.add(line(table.totals()));
        return lines;
    }

    private static String line(MonthlyTable.Row row) {
        return row.code() + " " + row.name() + " | "
                + row.months().stream().map(String::valueOf).collect(Collectors.joining(" ")) + " | "
                + row.total() + " " + row.previousTotal() + " " + row.difference() + " "
                + Change.text(row.percentageChange());
    }

    /** A line per active entry, zeros unless the hand-computed counts say otherwise. */
    private static List<String> zeroRows(Map<String, String> names, Map<String, String> counted) {
        List<String> lines = new ArrayList<>();
        names.forEach((code, name) -> lines.add(code + " " + name + " | "
                + counted.getOrDefault(code, "0 0 0 | 0 0 0 ")));
        return lines;
    }

    private <T extends ReferenceEntity> List<T> activeInIdOrder(ReferenceType<T> type) {
        return referenceData.list(type).stream().sorted(Comparator.comparing(ReferenceEntity::getId))
                .filter(e -> !(e instanceof Category c) || c.isActive()).toList();
    }

    private static <T> T asAnalyst(java.util.function.Supplier<T> action) {
        return RunAs.user("analyst", action, Role.ANALYST);
    }
}
