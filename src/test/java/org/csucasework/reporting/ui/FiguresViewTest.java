package org.csucasework.reporting.ui;

import org.csucasework.people.PeopleService;
import org.csucasework.reporting.FigureRecord;
import org.csucasework.taskgroups.GroupMeetings;
import org.csucasework.taskgroups.GroupSummary;
import org.csucasework.taskgroups.TaskGroupFixtures;
import org.csucasework.taskgroups.TaskGroupService;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.csucasework.intake.ReportImportService;
import org.csucasework.intake.ReportSummary;
import org.csucasework.reference.ReferenceDataService;
import org.csucasework.reporting.FiguresTestData;
import org.csucasework.reporting.HeadlineFigure;
import org.csucasework.reporting.HeadlineFigures;
import org.csucasework.reporting.FiguresCharts;
import org.csucasework.reporting.MonthlyTable;
import org.csucasework.shared.ui.Names;
import org.csucasework.shared.ui.UkDates;
import org.jfree.chart.plot.CategoryPlot;
import org.csucasework.shared.Role;
import org.csucasework.support.KaribuUiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The annual figures screen in a mocked browser session, on the figures test dataset (January - March 2002). */
class FiguresViewTest extends KaribuUiTest {

    @Autowired JdbcTemplate jdbc;
    @Autowired ReportImportService imports;
    @Autowired ReferenceDataService referenceData;
    @Autowired UserDetailsService userDetailsService;
    @Autowired PeopleService people;
    @Autowired TaskGroupService groups;
    @Autowired GroupMeetings groupMeetings;
    @Autowired FiguresCharts charts;
    @Autowired Names names;

    @BeforeEach
    void seedAndSignIn() {
        FiguresTestData.ensureSeeded(jdbc, imports, referenceData);
        login("analyst", Role.ANALYST);
    }

    @Test
    void anAnalystChoosesAPeriodAndSeesTheHeadlineFiguresBesideThePreviousPeriod() {
        FiguresView view = showFirstQuarterOf2002();

        assertThat(view.headline.previousPeriod().from()).isEqualTo(LocalDate.of(2001, 10, 1));
        int received = HeadlineFigure.REPORTS_RECEIVED.ordinal();
        HeadlineFigures.Row row = GridKt._get(view.headlineGrid, received);
        assertThat(row.label()).isEqualTo("Reports received");
        assertThat(text(GridKt._getCellComponent(view.headlineGrid, received, "current"))).isEqualTo("14");
        assertThat(text(GridKt._getCellComponent(view.headlineGrid, received, "previous"))).isEqualTo("12");
        assertThat(GridKt._getFormattedRow(view.headlineGrid, row)).contains("2", "16.7");
        assertThat(GridKt._size(view.victimGrid)).as("victims and risk, a table of its own").isGreaterThan(3);
        assertThat(java.util.stream.IntStream.range(0, GridKt._size(view.victimGrid))
                .mapToObj(i -> GridKt._getFormatted(view.victimGrid, i, "figure")))
                .contains("Possible hate incidents (reports)", "Possible hate incidents: sexual orientation");
        for (HeadlineFigures.Row figure : view.headline.rows()) {
            if (!figure.available()) {
                assertThat(text(GridKt._getCellComponent(view.headlineGrid, figure.figure().ordinal(), "current")))
                        .isEqualTo("not available");
            }
        }
    }

    @Test
    void theNoiseTabShowsTheMonthTableAndACountOpensTheReportsBehindIt() {
        FiguresView view = showFirstQuarterOf2002();
        view.tables.setSelectedTab(view.tables.getTab(view.panels.get("Noise")));
        MonthlyTablePanel noise = view.panels.get("Noise");

        assertThat(noise.table.totals().total()).isEqualTo(12);
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < GridKt._size(noise.grid); i++) {
            codes.add(GridKt._get(noise.grid, i).code());
        }
        assertThat(codes).startsWith("NOIALM", "NOIANI", "NOIDIY").endsWith(MonthlyTable.UNKNOWN, MonthlyTable.TOTAL);
        assertThat(text(GridKt._getCellComponent(noise.grid, 1, "2002-01"))).isEqualTo("0");

        _click((Button) GridKt._getCellComponent(noise.grid, 0, "2002-01"));

        ReportListDialog dialog = _get(ReportListDialog.class);
        List<String> references = new ArrayList<>();
        for (int i = 0; i < GridKt._size(dialog.grid); i++) {
            ReportSummary summary = GridKt._get(dialog.grid, i);
            references.add(summary.reference().substring(FiguresTestData.ref("").length()));
        }
        assertThat(references).containsExactly("r01", "r02");
    }

    @Test
    void tabsTitlesChartsAndTheReportsBehindACountShowNamesAndUkDatesNotCodes() {
        FiguresView view = showFirstQuarterOf2002();
        assertThat(view.panels.keySet()).contains("All categories", "ASB", "Noise", "Environmental health")
                .doesNotContain("NOISE", "ENVIRONMENTAL_HEALTH");
        MonthlyTablePanel noise = view.panels.get("Noise");
        view.tables.setSelectedTab(view.tables.getTab(noise));
        assertThat(noise.table.title()).isEqualTo("Reports by category: Noise");

        CategoryPlot perMonth = (CategoryPlot) charts.reportsPerMonth(noise.table).getPlot();
        assertThat(perMonth.getDataset().getColumnKeys()).containsExactly("Jan 2002", "Feb 2002", "Mar 2002");

        _click((Button) GridKt._getCellComponent(noise.grid, 0, "2002-01"));
        ReportListDialog dialog = _get(ReportListDialog.class);
        ReportSummary first = GridKt._get(dialog.grid, 0);
        assertThat(GridKt._getFormattedRow(dialog.grid, first))
                .contains(names.ward(first.wardCode()), names.agency(first.owningAgencyCode()),
                        UkDates.moment(first.receivedAt()))
                .doesNotContain(first.wardCode(), first.owningAgencyCode());
    }

    @Test
    void aGroupCountOpensTheGroupsBehindItEachLinkedToItsPage() {
        logout();
        TaskGroupFixtures fixtures = new TaskGroupFixtures(userDetailsService, people, groups, groupMeetings);
        GroupSummary group = fixtures.working("Drill Down Green", null);
        SecurityContextHolder.clearContext();
        login("analyst", Role.ANALYST);
        FiguresView view = navigate(FiguresView.class);
        int row = HeadlineFigure.TASK_AND_FINISH_GROUPS.ordinal();
        Button count = (Button) GridKt._getCellComponent(view.headlineGrid, row, "current");

        _click(count);

        RecordListDialog dialog = _get(RecordListDialog.class);
        List<FigureRecord> records = GridKt._findAll(dialog.grid);
        assertThat(records).hasSize(Integer.parseInt(count.getText()));
        assertThat(records).filteredOn(r -> r.reference().equals(group.reference())).singleElement()
                .satisfies(r -> {
                    assertThat(r.route()).isEqualTo("task-groups/" + group.reference());
                    assertThat(r.description()).isEqualTo(group.title());
                });
    }

    @Test
    void aPeriodEndingBeforeItStartsIsMarkedAtItsField() {
        FiguresView view = navigate(FiguresView.class);
        _setValue(view.periodPicker.from, LocalDate.of(2002, 3, 1));
        _setValue(view.periodPicker.to, LocalDate.of(2002, 1, 1));
        _click(view.periodPicker.show);

        assertThat(view.periodPicker.to.isInvalid()).isTrue();
        assertThat(view.periodPicker.to.getErrorMessage()).isEqualTo("The period cannot end before it starts");
    }

    @Test
    void aCaseworkerCannotOpenTheFigures() {
        logout();
        login("caseworker", Role.CASEWORKER);
        assertThatThrownBy(() -> navigate(FiguresView.class)).isInstanceOf(MockAccessDeniedException.class);
        assertThat(_find(FiguresView.class)).isEmpty();
    }

    private FiguresView showFirstQuarterOf2002() {
        FiguresView view = navigate(FiguresView.class);
        _setValue(view.periodPicker.from, LocalDate.of(2002, 1, 1));
        _setValue(view.periodPicker.to, LocalDate.of(2002, 3, 31));
        _click(view.periodPicker.show);
        return view;
    }

    private static String text(Component component) {
        if (component instanceof Button button) {
            return button.getText();
        }
        return ((Span) component).getText();
    }
}
