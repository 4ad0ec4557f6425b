package org.csucasework.tasking.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.csucasework.actions.ActionStatus;
import org.csucasework.actions.ActionView;
import org.csucasework.actions.NewAction;
import org.csucasework.intake.ReportSummary;
import org.csucasework.support.IntegrationTest;
import org.csucasework.tasking.Agenda;
import org.csucasework.tasking.DailyTaskingProcess;
import org.csucasework.tasking.ReportReview;
import org.csucasework.tasking.ReviewDecision;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@IntegrationTest
class SupervisorOverviewViewTest extends TaskingUiTestSupport {

    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private RuntimeService runtime;
    @Autowired
    private ManagementService management;
    @Autowired
    private TaskService tasks;

    @Test
    void theSupervisorSeesOpenReportsOldestFirstWithTheirAge() {
        String reference = logReport("Fly-tipping behind the shops");
        signIn("supervisor");
        UI.getCurrent().navigate(SupervisorOverviewView.class);
        SupervisorOverviewView view = _get(SupervisorOverviewView.class);

        var open = GridKt._findAll(view.openReports);
        assertThat(open).extracting(ReportSummary::receivedAt).isSorted();
        if (open.size() < SupervisorOverviewView.OPEN_REPORTS_SHOWN) {
            assertThat(open).extracting(ReportSummary::reference).contains(reference);
        }
        assertThat(GridKt._findAll(view.ageBands)).extracting(SupervisorOverviewView.AgeBand::band)
                .containsExactly("Up to 7 days", "8 to 28 days", "29 to 90 days", "Over 90 days");
        assertThat(GridKt._findAll(view.byAgency)).allSatisfy(row -> assertThat(row.count()).isPositive());
    }

    @Test
    void theSupervisorRecordsThatAnOverdueActionWasChasedWhichEndsTheProcesssChaseStep() {
        String reference = logReport("Bins left on the pavement");
        String task = "Speak to the household " + UUID.randomUUID();
        signIn("supervisor");
        Agenda.MeetingInfo meeting = meetings.start(today(), Set.of("SDC_CSU", "KENT_POLICE"));
        meetings.review(meeting.id(), new ReportReview(reference, ReviewDecision.ACTIONS,
                List.of(new NewAction("KENT_POLICE", task, today(), null)), null, null, null));
        meetings.end(meeting.id());
        ActionView action = reportActions.actionsOfReport(reference).get(0);
        // A day passes: the action falls due and the process's overdue timer fires.
        jdbc.update("update action set due_date = ? where id = ?", today().minusDays(1), action.id());
        String processId = runtime.createProcessInstanceQuery().processInstanceBusinessKey(reference).singleResult()
                .getId();
        management.executeJob(management.createJobQuery().processInstanceId(processId).timers().singleResult().getId());
        assertThat(actions.awaitingChase()).contains(action.id());

        UI.getCurrent().navigate(SupervisorOverviewView.class);
        SupervisorOverviewView view = _get(SupervisorOverviewView.class);
        List<ActionView> overdue = GridKt._findAll(view.overdueList);
        int row = overdue.indexOf(overdue.stream().filter(a -> a.id().equals(action.id())).findFirst().orElseThrow());
        Component cell = GridKt._getCellComponent(view.overdueList, row, "chase");
        _click(_get(cell, Button.class, spec -> spec.withText("Record chased")));

        assertThat(_get(cell, Span.class, spec -> spec.withText("Chased"))).isNotNull();
        assertThat(actions.awaitingChase()).doesNotContain(action.id());
        assertThat(tasks.createTaskQuery().processInstanceId(processId)
                .taskDefinitionKey(DailyTaskingProcess.CHASE_OVERDUE_ACTION).count()).isZero();
        assertThat(reports.timeline(reference)).anySatisfy(event ->
                assertThat(event.code()).isEqualTo("ACTION_CHASED"));
        assertThat(reportActions.actionsOfReport(reference).get(0).status()).isEqualTo(ActionStatus.OPEN);
    }

    @Test
    void aPartnerOfficerIsTurnedAwayFromTheOverviewByTheRoute() {
        signIn("police");
        assertThatThrownBy(() -> UI.getCurrent().navigate(SupervisorOverviewView.class))
                .isInstanceOf(MockAccessDeniedException.class);
    }
}
