package org.csucasework.operations.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.csucasework.actions.ActionService;
import org.csucasework.actions.NewAction;
import org.csucasework.intake.LoggedReport;
import org.csucasework.intake.NewReport;
import org.csucasework.intake.ReportService;
import org.csucasework.shared.Role;
import org.csucasework.support.IntegrationTest;
import org.csucasework.support.RunAs;
import org.csucasework.support.TestReport;
import org.csucasework.tasking.ReportActions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;

/**
 * The job executor's backlog as operators see it (issue 10): a timer that falls due shows in the
 * {@code casework_jobs_due} gauge and in the process engine's health, and a node whose executor should run but does
 * not is reported DOWN, so that a load balancer or an alert can act before timers are missed.
 */
@IntegrationTest
class JobBacklogObservabilityTest {

    @Autowired ProcessEngine engine;
    @Autowired ManagementService management;
    @Autowired RuntimeService runtime;
    @Autowired TaskService tasks;
    @Autowired ReportService reports;
    @Autowired ActionService actions;
    @Autowired ReportActions reportActions;
    @Autowired Clock clock;

    @Test
    void anOverdueTimerThatNoExecutorRunsShowsInTheBacklogAndTheHealth() {
        Job timer = overdueTimerOfANewAction();
        double before = jobsDue();
        long dueBefore = (Long) health(false).getDetails().get("jobsDue");
        try {
            // The action's due day has passed: its overdue timer is due, and this test context runs no executor.
            management.setJobDuedate(timer.getId(), Date.from(clock.instant().minusSeconds(60)));

            assertThat(jobsDue()).isEqualTo(before + 1);
            Health configuredOff = health(false);
            assertThat(configuredOff.getStatus()).isEqualTo(Status.UP);
            assertThat(configuredOff.getDetails()).containsEntry("jobsDue", dueBefore + 1)
                    .containsEntry("jobExecutorActive", false);
            // A node configured to run jobs whose executor is not running would leave the timer waiting.
            Health expectedToRun = health(true);
            assertThat(expectedToRun.getStatus()).isEqualTo(Status.DOWN);
            assertThat(expectedToRun.getDetails()).containsEntry("jobExecutionEnabled", true);
        } finally {
            // Back to its real due time, so that no other test finds a due job it did not make.
            management.setJobDuedate(timer.getId(), timer.getDuedate());
        }
        assertThat(jobsDue()).isEqualTo(before);
    }

    private Job overdueTimerOfANewAction() {
        return RunAs.user("caseworker", () -> {
            LoggedReport logged = reports.log(new NewReport(clock.instant().minusSeconds(60), TestReport.CATEGORY,
                    TestReport.WARD, null, TestReport.newPlace(), "SDC_CSU", true, null, List.of(),
                    "Loud music every night this week"), null);
            reportActions.assign(logged.reference(), new NewAction("KENT_POLICE", "Patrol the street",
                    LocalDate.now(clock.withZone(ZoneId.of("Europe/London"))).plusDays(3), null));
            String processInstanceId = runtime.createProcessInstanceQuery()
                    .processInstanceBusinessKey(logged.reference()).singleResult().getId();
            return management.createJobQuery().processInstanceId(processInstanceId).timers().singleResult();
        }, Role.CASEWORKER);
    }

    /** The gauge as a fresh scrape reads it (each registry's gauges cache their counts for 30 seconds). */
    private double jobsDue() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        new WorkloadMetrics(tasks, management, actions, clock).bindTo(registry);
        return registry.get("casework.jobs.due").gauge().value();
    }

    private Health health(boolean jobExecutionEnabled) {
        return new ProcessEngineHealth(engine, jobExecutionEnabled, clock).health();
    }
}
