package org.csucasework.tasking.process;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.csucasework.tasking.DailyTaskingProcess.*;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.csucasework.actions.ActionService;
import org.csucasework.actions.ActionStatus;
import org.csucasework.actions.ActionView;
import org.csucasework.actions.NewAction;
import org.csucasework.intake.LoggedReport;
import org.csucasework.intake.NewReport;
import org.csucasework.intake.ReportFlag;
import org.csucasework.intake.ReportService;
import org.csucasework.intake.ReportStatus;
import org.csucasework.intake.SubjectRole;
import org.csucasework.people.PersonDetails;
import org.csucasework.shared.FieldError;
import org.csucasework.shared.NotFoundException;
import org.csucasework.shared.ValidationException;
import org.csucasework.support.IntegrationTest;
import org.csucasework.support.SignedIn;
import org.csucasework.tasking.CloseReport;
import org.csucasework.tasking.ReferralKind;
import org.csucasework.tasking.ReportActions;
import org.csucasework.tasking.ReportClosingService;
import org.csucasework.tasking.ReportReview;
import org.csucasework.tasking.ReviewDecision;
import org.csucasework.tasking.TaskingMeetingService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Every path of {@code bpmn/csu-daily-tasking.bpmn}, driven the way the product drives it: through the services, as
 * the demo users, on the real engine and database. The engine's state is checked with camunda-bpm-assert.
 * Each test uses its own places and people (a random suffix), since the database is shared and not reset.
 */
@IntegrationTest
class DailyTaskingProcessTests {

    /** The variables the process may hold: ids, codes, flags and dates. Nothing that identifies a person. */
    private static final Set<String> ALLOWED_VARIABLES = Set.of(VAR_REPORT_ID, VAR_OWNING_AGENCY, VAR_ANONYMOUS,
            VAR_CASE_REVIEW_THRESHOLD, VAR_OPEN_ACTIONS, VAR_OUTCOME_CODE, VAR_ACTION_ID, VAR_ACTION_AGENCY,
            VAR_ACTION_DUE);

    @Autowired
    ProcessEngine processEngine;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    ManagementService managementService;
    @Autowired
    HistoryService historyService;
    @Autowired
    UserDetailsService userDetailsService;
    @Autowired
    ReportService reports;
    @Autowired
    TaskingMeetingService meetings;
    @Autowired
    ActionService actions;
    @Autowired
    ReportActions reportActions;
    @Autowired
    ReportClosingService closing;

    private final String suffix = UUID.randomUUID().toString().substring(0, 8);
    private Long meetingStartedHere;

    @BeforeEach
    void initialiseAssertions() {
        BpmnAwareTests.init(processEngine);
    }

    @AfterEach
    void endMeetingAndSignOut() {
        if (meetingStartedHere != null) {
            runAs("caseworker");
            meetings.end(meetingStartedHere);
        }
        SecurityContextHolder.clearContext();
        BpmnAwareTests.reset();
    }

    // --- Report-back -------------------------------------------------------------------------------------------

    @Test
    @DisplayName("An anonymous report skips \"Update the reporter\": from the review straight to the close")
    void anonymousReportSkipsUpdateTheReporter() {
        runAs("caseworker");
        LoggedReport report = logAnonymousReport("Anon Lane " + suffix);
        ProcessInstance pi = processOf(report);

        assertThat(pi).isStarted().isWaitingAt(REVIEW_AT_TASKING);
        assertThat(task(REVIEW_AT_TASKING, pi)).hasCandidateGroup("SUPERVISOR").hasCandidateGroup("CASEWORKER");

        reviewWith(report, ReviewDecision.NO_FURTHER_ACTION, List.of(), "Nothing the partnership can do");

        assertThat(pi).isWaitingAt(CLOSE_REPORT).hasPassed(REVIEW_AT_TASKING).hasNotPassed(UPDATE_REPORTER);
        assertThat(task(CLOSE_REPORT, pi)).hasCandidateGroup("SDC_CSU");
        assertThatThrownBy(() -> closing.reporterUpdated(report.reference()))
                .isInstanceOf(ValidationException.class);

        closing.close(report.reference(), new CloseReport("RESOLVED", null, false, null));

        assertThat(pi).isEnded().hasPassed(CLOSE_REPORT, REPORT_CLOSED).hasNotPassed(UPDATE_REPORTER);
    }

    @Test
    @DisplayName("A report with a known reporter is not closed before the reporter is told the outcome")
    void knownReporterIsUpdatedBeforeTheClose() {
        runAs("caseworker");
        LoggedReport report = logReport("Known Street " + suffix, reporter("Kim Known"));
        ProcessInstance pi = processOf(report);

        reviewWith(report, ReviewDecision.NO_FURTHER_ACTION, List.of(), "Advice given at the desk");

        assertThat(pi).isWaitingAt(UPDATE_REPORTER).hasNotPassed(WAIT_FOR_ACTIONS);
        assertThat(task(UPDATE_REPORTER, pi)).hasCandidateGroup("SDC_CSU");
        Assertions.assertThat(fieldsOf(() -> closing.close(report.reference(), new CloseReport("RESOLVED", null, false, null))))
                .contains("reporterUpdated");
        assertThat(pi).isWaitingAt(UPDATE_REPORTER);

        closing.reporterUpdated(report.reference());
        assertThat(pi).isWaitingAt(CLOSE_REPORT).hasPassed(UPDATE_REPORTER);

        closing.close(report.reference(), new CloseReport("RESOLVED", null, false, null));
        assertThat(pi).isEnded().hasPassed(UPDATE_REPORTER, CLOSE_REPORT, REPORT_CLOSED);
    }

    // --- Actions -----------------------------------------------------------------------------------------------

    @Test
    @DisplayName("With several actions the process waits until the last one is completed by its agency, then updates the reporter")
    void severalActionsAreWaitedForUntilTheLastIsCompleted() {
        runAs("caseworker");
        LoggedReport report = logReport("Several Actions Close " + suffix, reporter("Sally Several"));
        ProcessInstance pi = processOf(report);
        LocalDate due = today().plusDays(7);

        reviewWith(report, ReviewDecision.ACTIONS, List.of(
                new NewAction("KENT_POLICE", "Patrol the close in the evenings", due, null),
                new NewAction("WKHA", "Visit the tenant about the noise", due, null)), null);

        assertThat(pi).isWaitingAt(WAIT_FOR_ACTIONS, COMPLETE_ACTION).hasPassed(REVIEW_AT_TASKING);
        Task policeTask = actionTaskFor(pi, "KENT_POLICE");
        Task housingTask = actionTaskFor(pi, "WKHA");
        assertThat(policeTask).hasDueDate(endOfDay(due));
        assertThat(housingTask).hasDueDate(endOfDay(due));
        Assertions.assertThat(timersOf(pi)).hasSize(2)
                .allSatisfy(timer -> Assertions.assertThat(timer.getDuedate()).isEqualTo(endOfDay(due)));

        ActionView policeAction = actionOf(report, "KENT_POLICE");
        ActionView housingAction = actionOf(report, "WKHA");
        Assertions.assertThat(taskService.getVariable(policeTask.getId(), VAR_ACTION_ID)).isEqualTo(policeAction.id());
        Assertions.assertThat(taskService.getVariable(housingTask.getId(), VAR_ACTION_ID)).isEqualTo(housingAction.id());
        Assertions.assertThat(taskService.getVariable(policeTask.getId(), VAR_ACTION_AGENCY)).isEqualTo("KENT_POLICE");
        Assertions.assertThat(runtimeService.getVariablesLocal(pi.getId()))
                .as("each action's ids belong to its own action scope, not to the report's")
                .doesNotContainKeys(VAR_ACTION_ID, VAR_ACTION_AGENCY, VAR_ACTION_DUE);

        runAs("police");
        assertThatThrownBy(() -> actions.complete(housingAction.id(), "Not ours"))
                .isInstanceOf(NotFoundException.class);
        actions.complete(policeAction.id(), "Patrols done, no further incidents seen");

        assertThat(pi).isWaitingAt(WAIT_FOR_ACTIONS, COMPLETE_ACTION);
        Assertions.assertThat(taskQuery().processInstanceId(pi.getId()).taskDefinitionKey(COMPLETE_ACTION).list())
                .extracting(Task::getId).containsExactly(housingTask.getId());
        Assertions.assertThat(timersOf(pi)).hasSize(1);

        runAs("housing");
        actions.complete(housingAction.id(), "Tenant visited and warned");

        assertThat(pi).isWaitingAt(UPDATE_REPORTER).hasPassed(WAIT_FOR_ACTIONS, "actionDone")
                .hasNotPassed(CHASE_OVERDUE_ACTION);
        Assertions.assertThat(timersOf(pi)).isEmpty();

        runAs("caseworker");
        closing.reporterUpdated(report.reference());
        closing.close(report.reference(), new CloseReport("RESOLVED", null, true, null));
        assertThat(pi).isEnded().hasPassed(UPDATE_REPORTER, CLOSE_REPORT, REPORT_CLOSED);
    }

    @Test
    @DisplayName("An action past its due date is chased by a supervisor while it stays open; completing it ends the chase")
    void overdueActionIsChasedAndCompletingItEndsTheChase() {
        runAs("caseworker");
        LoggedReport report = logReport("Overdue Avenue " + suffix, reporter("Olive Overdue"));
        ProcessInstance pi = processOf(report);
        reviewWith(report, ReviewDecision.ACTIONS,
                List.of(new NewAction("KENT_POLICE", "Speak to the youths at the park", today(), null)), null);
        assertThat(pi).isWaitingAt(WAIT_FOR_ACTIONS, COMPLETE_ACTION);

        Job timer = singleTimerOf(pi);
        Assertions.assertThat(timer.getDuedate()).isEqualTo(endOfDay(today()));
        managementService.executeJob(timer.getId());

        assertThat(pi).hasPassed(ACTION_OVERDUE).isWaitingAt(WAIT_FOR_ACTIONS, COMPLETE_ACTION, CHASE_OVERDUE_ACTION);
        assertThat(task(CHASE_OVERDUE_ACTION, pi)).hasCandidateGroup("SUPERVISOR");
        Assertions.assertThat(taskService.getVariable(task(CHASE_OVERDUE_ACTION, pi).getId(), VAR_ACTION_ID))
                .as("the chase knows which action it is about").isEqualTo(actionOf(report, "KENT_POLICE").id());
        Assertions.assertThat(timersOf(pi)).as("the timer fires once").isEmpty();
        Assertions.assertThat(actionOf(report, "KENT_POLICE").status()).isEqualTo(ActionStatus.OPEN);

        runAs("police");
        actions.complete(actionOf(report, "KENT_POLICE").id(), "Spoke to them, dispersed");

        assertThat(pi).isNotEnded().hasPassed("actionDone").hasNotPassed("overdueChased")
                .isWaitingAt(UPDATE_REPORTER);
        Assertions.assertThat(taskQuery().processInstanceId(pi.getId()).taskDefinitionKey(CHASE_OVERDUE_ACTION).count())
                .as("the chase ended with its action").isZero();
        Assertions.assertThat(taskQuery().processInstanceId(pi.getId()).taskDefinitionKey(COMPLETE_ACTION).count())
                .isZero();
    }

    @Test
    @DisplayName("A supervisor's chase of an overdue action ends on its own; the action stays open until it is done")
    void chasingAnOverdueActionLeavesTheActionOpen() {
        runAs("caseworker");
        LoggedReport report = logReport("Chase Crescent " + suffix, reporter("Chris Chase"));
        ProcessInstance pi = processOf(report);
        reviewWith(report, ReviewDecision.ACTIONS,
                List.of(new NewAction("WKHA", "Repair the broken door entry", today(), null)), null);
        managementService.executeJob(singleTimerOf(pi).getId());
        assertThat(pi).isWaitingAt(CHASE_OVERDUE_ACTION, COMPLETE_ACTION, WAIT_FOR_ACTIONS);

        complete(task(CHASE_OVERDUE_ACTION, pi));

        assertThat(pi).hasPassed(CHASE_OVERDUE_ACTION, "overdueChased").isWaitingAt(COMPLETE_ACTION, WAIT_FOR_ACTIONS);

        runAs("housing");
        actions.complete(actionOf(report, "WKHA").id(), "Door entry repaired");
        assertThat(pi).isWaitingAt(UPDATE_REPORTER);
    }

    @Test
    @DisplayName("An action added after the review is a new action task, and closing is refused while it is open")
    void lateActionIsANewTaskAndBlocksTheClose() {
        runAs("caseworker");
        LoggedReport report = logReport("Late Action Road " + suffix, reporter("Larry Late"));
        ProcessInstance pi = processOf(report);
        reviewWith(report, ReviewDecision.NO_FURTHER_ACTION, List.of(), "Monitor for now");
        assertThat(pi).isWaitingAt(UPDATE_REPORTER);

        ActionView late = reportActions.assign(report.reference(),
                new NewAction("WKHA", "Check the communal bins", today().plusDays(3), null));

        assertThat(pi).isWaitingAt(UPDATE_REPORTER, COMPLETE_ACTION);
        Task lateTask = actionTaskFor(pi, "WKHA");
        Assertions.assertThat(taskService.getVariable(lateTask.getId(), VAR_ACTION_ID)).isEqualTo(late.id());
        Assertions.assertThat(fieldsOf(() -> closing.close(report.reference(),
                new CloseReport("RESOLVED", null, true, null)))).contains("actions");
        assertThat(pi).isWaitingAt(UPDATE_REPORTER, COMPLETE_ACTION);
        Assertions.assertThat(reports.requireReadable(report.reference()).getStatus()).isNotEqualTo(ReportStatus.CLOSED);

        runAs("housing");
        actions.complete(late.id(), "Bins cleared");
        assertThat(pi).isWaitingAt(UPDATE_REPORTER);

        runAs("caseworker");
        closing.close(report.reference(), new CloseReport("RESOLVED", null, true, null));
        assertThat(pi).isEnded().hasPassed(UPDATE_REPORTER, CLOSE_REPORT);
    }

    @Test
    @DisplayName("An action added while the report waits for its other actions is waited for too")
    void actionAddedWhileWaitingIsWaitedFor() {
        runAs("caseworker");
        LoggedReport report = logReport("Waiting Walk " + suffix, reporter("Wendy Wait"));
        ProcessInstance pi = processOf(report);
        reviewWith(report, ReviewDecision.ACTIONS,
                List.of(new NewAction("KENT_POLICE", "Check CCTV", today().plusDays(2), null)), null);
        ActionView late = reportActions.assign(report.reference(),
                new NewAction("WKHA", "Write to the tenant", today().plusDays(2), null));

        runAs("police");
        actions.complete(actionOf(report, "KENT_POLICE").id(), "CCTV checked");
        assertThat(pi).isWaitingAt(WAIT_FOR_ACTIONS, COMPLETE_ACTION);

        runAs("housing");
        actions.complete(late.id(), "Letter sent");
        assertThat(pi).isWaitingAt(UPDATE_REPORTER);
    }

    @Test
    @DisplayName("A cancelled action no longer holds up the report")
    void cancelledActionNoLongerHoldsUpTheReport() {
        runAs("caseworker");
        LoggedReport report = logReport("Cancel Court " + suffix, reporter("Cara Cancel"));
        ProcessInstance pi = processOf(report);
        reviewWith(report, ReviewDecision.ACTIONS,
                List.of(new NewAction("KENT_POLICE", "Attend the address", today().plusDays(1), null)), null);

        actions.cancel(actionOf(report, "KENT_POLICE").id(), "The reporter has moved away");

        assertThat(pi).isWaitingAt(UPDATE_REPORTER).hasPassed(WAIT_FOR_ACTIONS, "actionDone");
        Assertions.assertThat(timersOf(pi)).isEmpty();
    }

    @Test
    @DisplayName("An action assigned before the tasking review is waited for after the review, whatever it decides")
    void actionAssignedBeforeTheReviewIsWaitedFor() {
        runAs("caseworker");
        LoggedReport report = logReport("Early Action Hill " + suffix, reporter("Eddie Early"));
        ProcessInstance pi = processOf(report);
        ActionView early = reportActions.assign(report.reference(),
                new NewAction("KENT_POLICE", "Urgent visit before the meeting", today().plusDays(1), null));
        assertThat(pi).isWaitingAt(REVIEW_AT_TASKING, COMPLETE_ACTION);

        reviewWith(report, ReviewDecision.NO_FURTHER_ACTION, List.of(), "Police already attending");

        assertThat(pi).isWaitingAt(WAIT_FOR_ACTIONS, COMPLETE_ACTION);
        runAs("police");
        actions.complete(early.id(), "Visited");
        assertThat(pi).isWaitingAt(UPDATE_REPORTER);
    }

    @Test
    @DisplayName("A review whose second action is invalid changes nothing: no action task, the review still open")
    void invalidReviewLeavesTheProcessUntouched() {
        runAs("caseworker");
        LoggedReport report = logReport("Rollback Rise " + suffix, reporter("Rory Rollback"));
        ProcessInstance pi = processOf(report);

        Assertions.assertThat(fieldsOf(() -> reviewWith(report, ReviewDecision.ACTIONS, List.of(
                new NewAction("KENT_POLICE", "A valid action", today().plusDays(1), null),
                new NewAction("WKHA", "Due in the past", today().minusDays(1), null)), null)))
                .containsExactly("actions[1].dueDate");

        assertThat(pi).isWaitingAt(REVIEW_AT_TASKING).hasNotPassed(COMPLETE_ACTION);
        Assertions.assertThat(taskQuery().processInstanceId(pi.getId()).taskDefinitionKey(COMPLETE_ACTION).count())
                .isZero();
        Assertions.assertThat(timersOf(pi)).isEmpty();
        Assertions.assertThat(reportActions.actionsOfReport(report.reference())).isEmpty();
    }

    @Test
    @DisplayName("A referral at the tasking moves the report on to the report-back")
    void referralMovesTheReportOnToTheReportBack() {
        runAs("caseworker");
        LoggedReport report = logReport("Referral Road " + suffix, reporter("Reggie Referral"));
        ProcessInstance pi = processOf(report);

        meetings.review(meetingId(), new ReportReview(report.reference(), ReviewDecision.REFERRED, List.of(),
                ReferralKind.TASK_AND_FINISH_GROUP, null, "Third report about the same block"));

        assertThat(pi).isWaitingAt(UPDATE_REPORTER).hasPassed(REVIEW_AT_TASKING).hasNotPassed(WAIT_FOR_ACTIONS);
        Assertions.assertThat(meetings.referralsOfReport(report.id())).hasSize(1);
    }

    // --- Linked reports ----------------------------------------------------------------------------------------

    @Test
    @DisplayName("A second report on a place with an open report is linked to it and has its own process instance")
    void linkedReportHasItsOwnProcessInstance() {
        runAs("caseworker");
        String place = "Linked Parade " + suffix;
        LoggedReport first = logReport(place, reporter("Fiona First"));
        LoggedReport second = logReport(place, reporter("Simon Second"));

        Assertions.assertThat(second.linkedReportId()).isEqualTo(first.id());
        Assertions.assertThat(second.flags()).contains(ReportFlag.REPEAT_PLACE);
        ProcessInstance firstPi = processOf(first);
        ProcessInstance secondPi = processOf(second);
        Assertions.assertThat(secondPi.getId()).isNotEqualTo(firstPi.getId());
        assertThat(secondPi).hasBusinessKey(second.reference()).hasVariables(VAR_REPORT_ID);
        Assertions.assertThat(runtimeService.getVariable(secondPi.getId(), VAR_REPORT_ID)).isEqualTo(second.id());
        assertThat(firstPi).isWaitingAt(REVIEW_AT_TASKING);
        assertThat(secondPi).isWaitingAt(REVIEW_AT_TASKING);

        closing.close(first.reference(), new CloseReport("RESOLVED", null, true, null));

        assertThat(firstPi).isEnded();
        assertThat(secondPi).isNotEnded().isWaitingAt(REVIEW_AT_TASKING);
    }

    // --- Closing -----------------------------------------------------------------------------------------------

    @Test
    @DisplayName("Closing without any action straight from the review takes the process through each step it skips")
    void closingWithoutActionsFromTheReview() {
        runAs("caseworker");
        LoggedReport report = logReport("No Action Mews " + suffix, reporter("Nora None"));
        ProcessInstance pi = processOf(report);

        closing.close(report.reference(), new CloseReport("PASSED_TO_PARTNER", null, true, null));

        assertThat(pi).isEnded().hasPassed(REVIEW_AT_TASKING, UPDATE_REPORTER, CLOSE_REPORT, REPORT_CLOSED)
                .hasNotPassed(WAIT_FOR_ACTIONS);
        Assertions.assertThat(historicVariable(pi, VAR_OUTCOME_CODE)).isEqualTo("PASSED_TO_PARTNER");
        Assertions.assertThat(historicVariable(pi, VAR_OPEN_ACTIONS)).isEqualTo(0L);
    }

    @Test
    @DisplayName("Closing with no further action needs a reason")
    void closingWithNoFurtherActionNeedsAReason() {
        runAs("caseworker");
        LoggedReport report = logAnonymousReport("Reason Row " + suffix);
        ProcessInstance pi = processOf(report);

        Assertions.assertThat(fieldsOf(() -> closing.close(report.reference(),
                new CloseReport("NO_FURTHER_ACTION", " ", false, null)))).containsExactly("note");
        assertThat(pi).isWaitingAt(REVIEW_AT_TASKING);

        closing.close(report.reference(), new CloseReport("NO_FURTHER_ACTION", "Unable to identify anyone", false, null));
        assertThat(pi).isEnded().hasPassed(CLOSE_REPORT).hasNotPassed(UPDATE_REPORTER);
        Assertions.assertThat(historicVariable(pi, VAR_OUTCOME_CODE)).isEqualTo("NO_FURTHER_ACTION");
    }

    @Test
    @DisplayName("The tasking meeting's \"no further action\" needs a reason too, and the process stays at the review without it")
    void reviewWithNoFurtherActionNeedsAReason() {
        runAs("caseworker");
        LoggedReport report = logAnonymousReport("Meeting Reason Way " + suffix);
        ProcessInstance pi = processOf(report);

        Assertions.assertThat(fieldsOf(() -> reviewWith(report, ReviewDecision.NO_FURTHER_ACTION, List.of(), null)))
                .contains("note");
        assertThat(pi).isWaitingAt(REVIEW_AT_TASKING);
    }

    @Test
    @DisplayName("A review note or an action's description longer than its limit is refused at its field")
    void tooLongANoteOrDescriptionIsRefusedAtItsField() {
        runAs("caseworker");
        LoggedReport report = logAnonymousReport("Long Note Lane " + suffix);
        ProcessInstance pi = processOf(report);

        assertThatThrownBy(() -> reviewWith(report, ReviewDecision.ACTIONS, List.of(
                new NewAction("KENT_POLICE", "d".repeat(2001), today().plusDays(3), null)), "n".repeat(1801)))
                .isInstanceOfSatisfying(ValidationException.class, e -> Assertions.assertThat(e.errors())
                        .contains(new FieldError("note", "At most 1800 characters"),
                                new FieldError("actions[0].description", "At most 2000 characters")));
        assertThat(pi).isWaitingAt(REVIEW_AT_TASKING);
    }

    @Test
    @DisplayName("Closing after the actions are done ends the process")
    void closingAfterActionsEndsTheProcess() {
        runAs("caseworker");
        LoggedReport report = logAnonymousReport("Done Drive " + suffix);
        ProcessInstance pi = processOf(report);
        reviewWith(report, ReviewDecision.ACTIONS,
                List.of(new NewAction("KENT_POLICE", "Remove the abandoned car", today().plusDays(5), null)), null);
        Assertions.assertThat(fieldsOf(() -> closing.close(report.reference(), new CloseReport("RESOLVED", null, false, null))))
                .contains("actions");
        assertThat(pi).isWaitingAt(WAIT_FOR_ACTIONS, COMPLETE_ACTION);

        runAs("police");
        actions.complete(actionOf(report, "KENT_POLICE").id(), "Car removed");
        assertThat(pi).isWaitingAt(CLOSE_REPORT).hasNotPassed(UPDATE_REPORTER);

        runAs("caseworker");
        closing.close(report.reference(), new CloseReport("RESOLVED", null, false, null));
        assertThat(pi).isEnded().hasPassed(WAIT_FOR_ACTIONS, COMPLETE_ACTION, CLOSE_REPORT, REPORT_CLOSED);
    }

    // --- ASB Case Review ---------------------------------------------------------------------------------------

    @Test
    @DisplayName("A report reaching the ASB Case Review threshold is flagged, starts no step of its own and closes like any other")
    void caseReviewThresholdIsAFlagNotAStepThatOutlivesTheReport() {
        runAs("caseworker");
        PersonDetails rita = reporter("Rita Repeat");
        String place = "Case Review Lane " + suffix;
        LoggedReport first = logReport(place, rita, Instant.now().minus(3, ChronoUnit.HOURS));
        // Rita is chosen from the record for her later reports, as the form offers her (decision 0020).
        PersonDetails ritaOnRecord = new PersonDetails(first.reporterPersonId(), rita.fullName(), rita.dateOfBirth(),
                rita.phone(), rita.email(), rita.address());
        logReport(place, ritaOnRecord, Instant.now().minus(2, ChronoUnit.HOURS));
        LoggedReport third = logReport(place, ritaOnRecord, Instant.now().minus(1, ChronoUnit.HOURS));

        Assertions.assertThat(third.flags()).contains(ReportFlag.CASE_REVIEW_THRESHOLD);
        ProcessInstance pi = processOf(third);
        assertThat(pi).isWaitingAt(REVIEW_AT_TASKING).hasNotPassed(CONSIDER_CASE_REVIEW);

        closing.caseReviewRightTold(third.reference(), "Told by phone");
        Assertions.assertThat(reports.requireReadable(third.reference()).isCaseReviewRightTold()).isTrue();

        closing.close(third.reference(), new CloseReport("RESOLVED", null, true, null));
        assertThat(pi).isEnded();
    }

    // --- No personal data in the engine ------------------------------------------------------------------------

    @Test
    @DisplayName("Process variables hold only ids, codes and flags, in running and in finished instances")
    void processVariablesHoldNoPersonalData() {
        runAs("caseworker");
        PersonDetails reporter = new PersonDetails(null, "Priya Private " + suffix, LocalDate.of(1975, 5, 17),
                "07700 900" + String.format("%03d", Math.floorMod(suffix.hashCode(), 1000)),
                "priya." + suffix + "@example.com", "9 Secret Street");
        String place = "Privacy Place " + suffix;
        String description = "Shouting and threats from the flat above " + suffix;
        LoggedReport running = logReport(place, reporter, Instant.now().minus(1, ChronoUnit.HOURS), description);
        LoggedReport finished = logReport(place + " East", reporter, Instant.now().minus(1, ChronoUnit.HOURS),
                description);
        ProcessInstance runningPi = processOf(running);
        ProcessInstance finishedPi = processOf(finished);

        reviewWith(running, ReviewDecision.ACTIONS,
                List.of(new NewAction("WKHA", "Visit " + reporter.fullName(), today().plusDays(4), null)), null);
        closing.close(finished.reference(), new CloseReport("RESOLVED", "Spoke to " + reporter.fullName(), true, null));
        assertThat(runningPi).isWaitingAt(WAIT_FOR_ACTIONS, COMPLETE_ACTION);
        assertThat(finishedPi).isEnded();

        List<String> personal = List.of(reporter.fullName(), reporter.phone(), reporter.email(), reporter.address(),
                place, description, suffix);
        for (ProcessInstance pi : List.of(runningPi, finishedPi)) {
            List<HistoricVariableInstance> variables = historyService.createHistoricVariableInstanceQuery()
                    .processInstanceId(pi.getId()).list();
            Assertions.assertThat(variables).isNotEmpty();
            Assertions.assertThat(variables).allSatisfy(variable -> {
                Assertions.assertThat(variable.getName()).isIn(ALLOWED_VARIABLES);
                Assertions.assertThat(variable.getValue()).isInstanceOfAny(Long.class, Integer.class, Boolean.class,
                        String.class, Date.class);
                String text = String.valueOf(variable.getValue());
                personal.forEach(data -> Assertions.assertThat(text).doesNotContain(data));
            });
        }
        Assertions.assertThat(runtimeService.getVariables(runningPi.getId()).keySet()).isSubsetOf(ALLOWED_VARIABLES);
    }

    // --- Helpers -----------------------------------------------------------------------------------------------

    /** Signs in as a demo user for the service calls that follow, with the authorities the login would give. */
    private void runAs(String username) {
        new SignedIn(userDetailsService).signIn(username);
    }

    private PersonDetails reporter(String name) {
        return new PersonDetails(null, name + " " + suffix, LocalDate.of(1980, 1, 1), "07700 900123",
                null, null);
    }

    private LoggedReport logReport(String place, PersonDetails reporter) {
        return logReport(place, reporter, Instant.now().minus(1, ChronoUnit.HOURS));
    }

    private LoggedReport logReport(String place, PersonDetails reporter, Instant receivedAt) {
        return logReport(place, reporter, receivedAt, "Noise and shouting late at night");
    }

    private LoggedReport logReport(String place, PersonDetails reporter, Instant receivedAt, String description) {
        return reports.log(new NewReport(receivedAt, "ASB_NUISANCE", "E05005008", null, place, "SDC_CSU", false,
                reporter, List.of(new NewReport.Subject(SubjectRole.ALLEGED_PERPETRATOR,
                PersonDetails.named("Unknown youth " + place))), description), null);
    }

    private LoggedReport logAnonymousReport(String place) {
        return reports.log(new NewReport(Instant.now().minus(1, ChronoUnit.HOURS), "ASB_NUISANCE", "E05005008", null,
                place, "KENT_POLICE", true, null, List.of(), "Groups gathering and drinking"), null);
    }

    private ProcessInstance processOf(LoggedReport report) {
        return runtimeService.createProcessInstanceQuery().processDefinitionKey(KEY)
                .processInstanceBusinessKey(report.reference()).singleResult();
    }

    private void reviewWith(LoggedReport report, ReviewDecision decision, List<NewAction> newActions, String note) {
        meetings.review(meetingId(), new ReportReview(report.reference(), decision, newActions, null, null, note));
    }

    /** The meeting in progress, or one started now (and ended after the test). */
    private Long meetingId() {
        return meetings.meetingInProgress().map(m -> m.id()).orElseGet(() -> {
            meetingStartedHere = meetings.start(today(), Set.of("SDC_CSU", "KENT_POLICE", "WKHA")).id();
            return meetingStartedHere;
        });
    }

    private ActionView actionOf(LoggedReport report, String agencyCode) {
        return reportActions.actionsOfReport(report.reference()).stream()
                .filter(a -> a.agencyCode().equals(agencyCode)).reduce((a, b) -> {
                    throw new AssertionError("More than one action for " + agencyCode);
                }).orElseThrow();
    }

    private Task actionTaskFor(ProcessInstance pi, String agencyCode) {
        return taskQuery().processInstanceId(pi.getId()).taskDefinitionKey(COMPLETE_ACTION)
                .taskCandidateGroup(agencyCode).singleResult();
    }

    private List<Job> timersOf(ProcessInstance pi) {
        return managementService.createJobQuery().processInstanceId(pi.getId()).timers().list();
    }

    private Job singleTimerOf(ProcessInstance pi) {
        List<Job> timers = timersOf(pi);
        Assertions.assertThat(timers).hasSize(1);
        return timers.get(0);
    }

    private Object historicVariable(ProcessInstance pi, String name) {
        return historyService.createHistoricVariableInstanceQuery().processInstanceId(pi.getId()).variableName(name)
                .singleResult().getValue();
    }

    private static List<String> fieldsOf(Runnable call) {
        try {
            call.run();
        } catch (ValidationException e) {
            return e.errors().stream().map(FieldError::field).toList();
        }
        throw new AssertionError("Expected a ValidationException");
    }

    private static LocalDate today() {
        return LocalDate.now(ReportProcess.ZONE);
    }

    /** An action falls overdue when its due day is over in the district's time zone. */
    private static Date endOfDay(LocalDate day) {
        return Date.from(day.plusDays(1).atStartOfDay(ReportProcess.ZONE).toInstant());
    }
}
