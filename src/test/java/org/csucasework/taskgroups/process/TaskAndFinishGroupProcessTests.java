package org.csucasework.taskgroups.process;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.csucasework.taskgroups.TaskAndFinishGroupProcess.*;
import static org.csucasework.taskgroups.TaskGroupFixtures.errorsOf;
import static org.csucasework.taskgroups.TaskGroupFixtures.fieldsOf;
import static org.csucasework.taskgroups.TaskGroupFixtures.today;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Set;
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
import org.csucasework.actions.ActionOwnerKind;
import org.csucasework.actions.ActionService;
import org.csucasework.actions.ActionSource;
import org.csucasework.actions.ActionStatus;
import org.csucasework.actions.ActionSubprocess;
import org.csucasework.actions.ActionView;
import org.csucasework.actions.NewAction;
import org.csucasework.people.PeopleService;
import org.csucasework.shared.FieldError;
import org.csucasework.support.IntegrationTest;
import org.csucasework.taskgroups.CloseGroup;
import org.csucasework.taskgroups.GroupActionPlan;
import org.csucasework.taskgroups.GroupMeetings;
import org.csucasework.taskgroups.GroupOutcome;
import org.csucasework.taskgroups.GroupPage;
import org.csucasework.taskgroups.GroupStatus;
import org.csucasework.taskgroups.GroupSummary;
import org.csucasework.taskgroups.MeetingRecord;
import org.csucasework.taskgroups.TaskGroupFixtures;
import org.csucasework.taskgroups.TaskGroupService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Every path of {@code bpmn/task-and-finish-group.bpmn}, driven the way the product drives it: through the services,
 * as the demo users, on the real engine and database; timers are fired with the management service, never waited for.
 */
@IntegrationTest
class TaskAndFinishGroupProcessTests {

    private static final Set<String> ALLOWED_VARIABLES = Set.of(VAR_GROUP_ID, VAR_APPROVED, VAR_LEAD,
            VAR_REVIEW_INTERVAL, VAR_FIRST_MEETING_DUE, ActionSubprocess.VAR_ACTION_ID,
            ActionSubprocess.VAR_ACTION_AGENCY, ActionSubprocess.VAR_ACTION_DUE);

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
    PeopleService people;
    @Autowired
    TaskGroupService groups;

    @Autowired
    GroupActionPlan actionPlan;

    @Autowired
    GroupMeetings groupMeetings;
    @Autowired
    ActionService actions;

    private TaskGroupFixtures fixtures;

    @BeforeEach
    void initialise() {
        BpmnAwareTests.init(processEngine);
        fixtures = new TaskGroupFixtures(userDetailsService, people, groups, groupMeetings);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
        BpmnAwareTests.reset();
    }

    // --- Decision ----------------------------------------------------------------------------------------------

    @Test
    @DisplayName("A proposal waits for a supervisor; approving it leads to set-up, and the lead then holds the first meeting")
    void approvedGroupIsSetUpAndTheLeadHoldsTheFirstMeeting() {
        GroupSummary group = fixtures.proposed("Approval Park");
        ProcessInstance pi = processOf(group);

        assertThat(pi).isStarted().isWaitingAt(APPROVE_GROUP);
        assertThat(task(APPROVE_GROUP, pi)).hasCandidateGroup("SUPERVISOR");
        assertThatThrownBy(() -> groups.approve(group.reference(), null)).isInstanceOf(AccessDeniedException.class);
        assertThat(pi).isWaitingAt(APPROVE_GROUP);

        fixtures.runAs("supervisor");
        groups.approve(group.reference(), "Agreed");

        assertThat(pi).hasPassed(APPROVE_GROUP, APPROVED_OR_DECLINED).isWaitingAt(SET_UP_GROUP);
        assertThat(task(SET_UP_GROUP, pi)).hasCandidateGroup("SUPERVISOR").hasCandidateGroup("CASEWORKER");
        Assertions.assertThat(groups.summary(group.reference()).status()).isEqualTo(GroupStatus.OPEN);

        fixtures.runAs("caseworker");
        var draft = groups.draftOf(group.reference());
        Assertions.assertThat(fieldsOf(() -> groups.setUp(draft))).containsExactly("firstMeetingDate");
        assertThat(pi).isWaitingAt(SET_UP_GROUP);
        LocalDate firstMeeting = today().plusDays(10);
        draft.setFirstMeetingDate(firstMeeting);
        groups.setUp(draft);

        assertThat(pi).hasPassed(SET_UP_GROUP).isWaitingAt(HOLD_FIRST_MEETING);
        assertThat(task(HOLD_FIRST_MEETING, pi)).isAssignedTo("police").hasDueDate(endOfDay(firstMeeting));
        Assertions.assertThat(groups.page(group.reference()).meetings()).singleElement()
                .satisfies(m -> Assertions.assertThat(m.date()).isEqualTo(firstMeeting));

        fixtures.runAs("police");
        Long scheduled = groups.page(group.reference()).meetings().get(0).id();
        groupMeetings.record(group.reference(), new MeetingRecord(scheduled, today(), Set.of("KENT_POLICE", "SDC_CSU"),
                "Held early: action plan agreed"));

        assertThat(pi).hasPassed(HOLD_FIRST_MEETING).isWaitingAt(AWAIT_REVIEW);
    }

    @Test
    @DisplayName("A supervisor declines a proposal only with a reason, and the process ends there")
    void declinedGroupEndsWithItsReason() {
        GroupSummary group = fixtures.proposed("Decline Lane");
        ProcessInstance pi = processOf(group);

        fixtures.runAs("supervisor");
        Assertions.assertThat(fieldsOf(() -> groups.decline(group.reference(), " "))).containsExactly("reason");
        assertThat(pi).isWaitingAt(APPROVE_GROUP);

        groups.decline(group.reference(), "The neighbourhood team is already dealing with it");

        assertThat(pi).isEnded().hasPassed(APPROVE_GROUP, GROUP_DECLINED).hasNotPassed(SET_UP_GROUP);
        GroupPage page = groups.page(group.reference());
        Assertions.assertThat(page.group().status()).isEqualTo(GroupStatus.DECLINED);
        Assertions.assertThat(page.decisionNote()).isEqualTo("The neighbourhood team is already dealing with it");
        Assertions.assertThat(page.timeline()).extracting(GroupPage.TimelineEntry::kind).contains("PROPOSED", "DECLINED");
    }

    // --- Review cycles -----------------------------------------------------------------------------------------

    @Test
    @DisplayName("Every four weeks by default the timer asks the lead to hold a review meeting; holding it starts the next cycle")
    void reviewCyclesRunOnTheTimer() {
        GroupSummary group = fixtures.working("Review Cycle Farm", null);
        ProcessInstance pi = processOf(group);
        assertThat(pi).isWaitingAt(AWAIT_REVIEW);

        Job firstTimer = singleTimerOf(pi);
        Assertions.assertThat(firstTimer.getDuedate()).isCloseTo(Date.from(Instant.now().plus(Duration.ofDays(28))),
                Duration.ofMinutes(5).toMillis());
        Assertions.assertThat(groups.page(group.reference()).nextReviewDue()).as("the page shows when the review is due")
                .isEqualTo(firstTimer.getDuedate());
        managementService.executeJob(firstTimer.getId());

        assertThat(pi).hasPassed(REVIEW_DUE).isWaitingAt(REVIEW_GROUP);
        assertThat(task(REVIEW_GROUP, pi)).isAssignedTo("police");
        Assertions.assertThat(timersOf(pi)).isEmpty();
        Assertions.assertThat(groups.page(group.reference()).timeline()).extracting(GroupPage.TimelineEntry::kind)
                .contains("REVIEW_DUE");

        fixtures.runAs("police");
        groupMeetings.record(group.reference(), new MeetingRecord(null, today(), Set.of("KENT_POLICE", "WKHA"),
                "Review: fewer reports, patrols to continue"));

        assertThat(pi).isWaitingAt(AWAIT_REVIEW);
        Job secondTimer = singleTimerOf(pi);
        managementService.executeJob(secondTimer.getId());
        assertThat(pi).isWaitingAt(REVIEW_GROUP);
        Assertions.assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(pi.getId())
                .activityId(REVIEW_GROUP).count()).as("two review cycles").isEqualTo(2);
        Assertions.assertThat(groups.page(group.reference()).meetings())
                .extracting(GroupPage.MeetingView::kind).containsExactly(
                        org.csucasework.taskgroups.MeetingKind.FIRST, org.csucasework.taskgroups.MeetingKind.REVIEW);
    }

    @Test
    @DisplayName("A group's own review interval sets its timer, and a change applies from the next cycle")
    void groupsOwnReviewIntervalSetsTheTimer() {
        GroupSummary group = fixtures.working("Two Week Close", 2);
        ProcessInstance pi = processOf(group);

        Assertions.assertThat(singleTimerOf(pi).getDuedate()).isCloseTo(
                Date.from(Instant.now().plus(Duration.ofDays(14))), Duration.ofMinutes(5).toMillis());

        fixtures.runAs("caseworker");
        var draft = groups.draftOf(group.reference());
        draft.setReviewIntervalWeeks(6);
        groups.update(draft);
        managementService.executeJob(singleTimerOf(pi).getId());
        fixtures.runAs("police");
        groupMeetings.record(group.reference(), new MeetingRecord(null, today(), Set.of("KENT_POLICE"),
                "Review held"));

        Assertions.assertThat(singleTimerOf(pi).getDuedate()).isCloseTo(
                Date.from(Instant.now().plus(Duration.ofDays(42))), Duration.ofMinutes(5).toMillis());
    }

    @Test
    @DisplayName("A meeting held before the review is due starts a new cycle instead of a review")
    void meetingBeforeTheReviewStartsANewCycle() {
        GroupSummary group = fixtures.working("Early Meeting Meadow", null);
        ProcessInstance pi = processOf(group);
        String timerBefore = singleTimerOf(pi).getId();

        fixtures.runAs("caseworker");
        groupMeetings.record(group.reference(), new MeetingRecord(null, today(), Set.of("SDC_CSU", "KENT_POLICE"),
                "Extra meeting after a serious incident"));

        assertThat(pi).hasPassed(MEETING_HELD).isWaitingAt(AWAIT_REVIEW).hasNotPassed(REVIEW_GROUP);
        Assertions.assertThat(singleTimerOf(pi).getId()).isNotEqualTo(timerBefore);
    }

    @Test
    @DisplayName("A new lead takes over the open first meeting and the reviews to come")
    void newLeadTakesOverTheLeadsSteps() {
        GroupSummary group = fixtures.setUp("Lead Change Green", null);
        ProcessInstance pi = processOf(group);
        assertThat(task(HOLD_FIRST_MEETING, pi)).isAssignedTo("police");

        fixtures.runAs("caseworker");
        var draft = groups.draftOf(group.reference());
        draft.setLeadUsername("housing");
        groups.update(draft);

        assertThat(task(HOLD_FIRST_MEETING, pi)).isAssignedTo("housing");
        Assertions.assertThat(runtimeService.getVariable(pi.getId(), VAR_LEAD)).isEqualTo("housing");
    }

    // --- Action plan and closing -------------------------------------------------------------------------------

    @Test
    @DisplayName("Closing with an open action of the plan is refused and asks to reassign or close it; once it is done the group closes")
    void closingWithOpenActionsIsRefusedUntilTheyAreDone() {
        GroupSummary group = fixtures.working("Open Action Yard", null);
        ProcessInstance pi = processOf(group);
        fixtures.runAs("police");
        ActionView action = actionPlan.add(group.reference(),
                new NewAction("KENT_POLICE", "Evening patrols for two weeks", today().plusDays(14), null));

        assertThat(pi).isWaitingAt(AWAIT_REVIEW, COMPLETE_ACTION);
        Task actionTask = taskQuery().processInstanceId(pi.getId()).taskDefinitionKey(COMPLETE_ACTION).singleResult();
        assertThat(actionTask).hasCandidateGroup("KENT_POLICE").hasDueDate(endOfDay(today().plusDays(14)));
        Assertions.assertThat(action.source()).isEqualTo(ActionSource.TASK_AND_FINISH_GROUP);
        Assertions.assertThat(action.ownerKind()).isEqualTo(ActionOwnerKind.TASK_AND_FINISH_GROUP);
        Assertions.assertThat(action.ownerReference()).isEqualTo(group.reference());
        Assertions.assertThat(action.reportReference()).isNull();
        Assertions.assertThat(actions.myActions(false)).extracting(ActionView::id).contains(action.id());

        List<FieldError> errors = errorsOf(() -> groups.close(group.reference(),
                new CloseGroup(GroupOutcome.RESOLVED, "Reports have stopped", null)));
        Assertions.assertThat(errors).singleElement().satisfies(error -> {
            Assertions.assertThat(error.field()).isEqualTo("actions");
            Assertions.assertThat(error.message()).contains("1 action of the action plan is still open")
                    .contains("reassign or close");
        });
        assertThat(pi).isWaitingAt(AWAIT_REVIEW, COMPLETE_ACTION);

        actions.complete(action.id(), "Patrols done, no further gatherings seen");
        assertThat(pi).isWaitingAt(AWAIT_REVIEW).hasPassed(ActionSubprocess.ACTION_DONE);

        groups.close(group.reference(), new CloseGroup(GroupOutcome.RESOLVED, "Reports have stopped", null));

        assertThat(pi).isEnded().hasPassed(CLOSE_REQUESTED, GROUP_CLOSED).hasNotPassed(REVIEW_GROUP);
        GroupSummary closed = groups.summary(group.reference());
        Assertions.assertThat(closed.status()).isEqualTo(GroupStatus.CLOSED);
        Assertions.assertThat(closed.outcome()).isEqualTo(GroupOutcome.RESOLVED);
    }

    @Test
    @DisplayName("Closing at a due review without open actions ends the process; an outcome and a reason are required")
    void closingAtAReviewEndsTheProcess() {
        GroupSummary group = fixtures.working("Close At Review Road", null);
        ProcessInstance pi = processOf(group);
        managementService.executeJob(singleTimerOf(pi).getId());
        assertThat(pi).isWaitingAt(REVIEW_GROUP);

        fixtures.runAs("caseworker");
        Assertions.assertThat(fieldsOf(() -> groups.close(group.reference(), new CloseGroup(null, "", null))))
                .containsExactlyInAnyOrder("outcome", "reason");
        assertThat(pi).isWaitingAt(REVIEW_GROUP);

        groups.close(group.reference(), new CloseGroup(GroupOutcome.ESCALATED, "Referred to Community MARAC", null));

        assertThat(pi).isEnded().hasPassed(REVIEW_GROUP, CLOSE_REQUESTED, GROUP_CLOSED);
        Assertions.assertThat(taskQuery().processInstanceId(pi.getId()).count()).isZero();
        Assertions.assertThat(timersOf(pi)).isEmpty();
    }

    @Test
    @DisplayName("An approved group can be closed before it is set up, with no further action")
    void approvedGroupClosedBeforeSetUp() {
        GroupSummary group = fixtures.proposed("Never Set Up Street");
        ProcessInstance pi = processOf(group);
        fixtures.runAs("supervisor");
        groups.approve(group.reference(), null);

        groups.close(group.reference(), new CloseGroup(GroupOutcome.NO_FURTHER_ACTION,
                "The landlord evicted the tenants before the first meeting", null));

        assertThat(pi).isEnded().hasPassed(CLOSE_REQUESTED, GROUP_CLOSED).hasNotPassed(HOLD_FIRST_MEETING);
        Assertions.assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(pi.getId())
                .activityId(SET_UP_GROUP).canceled().count()).as("the set-up was cancelled by the close").isEqualTo(1);
    }

    @Test
    @DisplayName("An overdue action of the plan is chased by a supervisor and stays on the tasking agenda like any action")
    void overdueGroupActionIsChasedLikeAnyAction() {
        GroupSummary group = fixtures.working("Overdue Plan Park", null);
        ProcessInstance pi = processOf(group);
        fixtures.runAs("caseworker");
        ActionView action = actionPlan.add(group.reference(),
                new NewAction("WKHA", "Fence off the garages", today(), null));
        Job actionTimer = managementService.createJobQuery().processInstanceId(pi.getId()).timers()
                .activityId(ActionSubprocess.ACTION_OVERDUE).singleResult();
        Assertions.assertThat(actionTimer.getDuedate()).isEqualTo(endOfDay(today()));

        managementService.executeJob(actionTimer.getId());

        assertThat(pi).isWaitingAt(AWAIT_REVIEW, COMPLETE_ACTION, CHASE_OVERDUE_ACTION);
        assertThat(task(CHASE_OVERDUE_ACTION, pi)).hasCandidateGroup("SUPERVISOR");
        Assertions.assertThat(actions.dueBy(today())).extracting(ActionView::id).contains(action.id());

        fixtures.runAs("housing");
        actions.complete(action.id(), "Fence up");
        assertThat(pi).isWaitingAt(AWAIT_REVIEW).hasNotPassed(ActionSubprocess.OVERDUE_CHASED);
        Assertions.assertThat(taskQuery().processInstanceId(pi.getId()).taskDefinitionKey(CHASE_OVERDUE_ACTION).count())
                .as("the chase ended with its action").isZero();
    }

    @Test
    @DisplayName("A cancelled action of the plan no longer holds up the close")
    void cancelledGroupActionNoLongerHoldsUpTheClose() {
        GroupSummary group = fixtures.working("Cancelled Plan Place", null);
        ProcessInstance pi = processOf(group);
        fixtures.runAs("caseworker");
        ActionView action = actionPlan.add(group.reference(),
                new NewAction("KCC_WARDENS", "Weekly litter pick", today().plusDays(3), null));

        actions.cancel(action.id(), "Handed to the daily tasking as a report action");
        groups.close(group.reference(), new CloseGroup(GroupOutcome.RESOLVED, "Done", null));

        assertThat(pi).isEnded();
        Assertions.assertThat(actions.actionsOf(org.csucasework.actions.ActionOwner.taskAndFinishGroup(group.id(),
                group.reference()))).extracting(ActionView::status).containsExactly(ActionStatus.CANCELLED);
    }

    // --- Variables ---------------------------------------------------------------------------------------------

    @Test
    @DisplayName("The group's process holds only ids, codes, flags and dates: nothing about the subject")
    void processVariablesHoldNoPersonalData() {
        GroupSummary group = fixtures.working("Private Property " + "Variables", null);
        ProcessInstance pi = processOf(group);
        fixtures.runAs("caseworker");
        actionPlan.add(group.reference(), new NewAction("KENT_POLICE", "Speak to " + group.title(),
                today().plusDays(2), null));

        List<HistoricVariableInstance> variables = historyService.createHistoricVariableInstanceQuery()
                .processInstanceId(pi.getId()).list();
        Assertions.assertThat(variables).isNotEmpty().allSatisfy(variable -> {
            Assertions.assertThat(variable.getName()).isIn(ALLOWED_VARIABLES);
            Assertions.assertThat(variable.getValue()).isInstanceOfAny(Long.class, Integer.class, Boolean.class,
                    String.class, Date.class);
            Assertions.assertThat(String.valueOf(variable.getValue())).doesNotContain(fixtures.suffix);
        });
    }

    // --- Helpers -----------------------------------------------------------------------------------------------

    private ProcessInstance processOf(GroupSummary group) {
        return runtimeService.createProcessInstanceQuery().processDefinitionKey(KEY)
                .processInstanceBusinessKey(group.reference()).singleResult();
    }

    private List<Job> timersOf(ProcessInstance pi) {
        return managementService.createJobQuery().processInstanceId(pi.getId()).timers().list();
    }

    private Job singleTimerOf(ProcessInstance pi) {
        List<Job> timers = timersOf(pi);
        Assertions.assertThat(timers).hasSize(1);
        return timers.get(0);
    }

    private static Date endOfDay(LocalDate day) {
        return Date.from(day.plusDays(1).atStartOfDay(GroupProcess.ZONE).toInstant());
    }
}
