package org.csucasework.marac.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.task.Task;
import org.csucasework.actions.ActionOwnerKind;
import org.csucasework.actions.ActionService;
import org.csucasework.actions.ActionSource;
import org.csucasework.actions.ActionStatus;
import org.csucasework.actions.ActionView;
import org.csucasework.actions.NewAction;
import org.csucasework.marac.CaseDecision;
import org.csucasework.marac.CommunityMaracProcess;
import org.csucasework.marac.MaracFixtures;
import org.csucasework.marac.MaracMeetingService;
import org.csucasework.marac.MaracReferralService;
import org.csucasework.marac.MeetingPage;
import org.csucasework.marac.ReferralDraft;
import org.csucasework.marac.ReferralPage;
import org.csucasework.marac.ReferralStatus;
import org.csucasework.marac.ReferralSummary;
import org.csucasework.shared.ConflictException;
import org.csucasework.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Every path of {@code bpmn/community-marac-referral.bpmn}, run by the real engine on PostgreSQL through the MARAC
 * services: declined, more information asked and resubmitted, accepted and carried over (with an action in the same
 * process), closed, and a case the meeting did not reach.
 */
@IntegrationTest
class CommunityMaracProcessTests {

    private static final ZoneId ZONE = ZoneId.of("Europe/London");

    @Autowired
    UserDetailsService userDetailsService;
    @Autowired
    MaracReferralService referrals;
    @Autowired
    MaracMeetingService meetings;
    @Autowired
    ActionService actions;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    HistoryService history;

    private MaracFixtures fixtures;

    @BeforeEach
    void initialise() {
        fixtures = new MaracFixtures(userDetailsService, referrals);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    @DisplayName("A submitted referral waits for the chair's screening; declined with a reason, its process ends there")
    void declined() {
        ReferralSummary submitted = fixtures.submitted("police", "Declan Decline");
        assertThat(submitted.status()).isEqualTo(ReferralStatus.SUBMITTED);
        assertThat(submitted.reference()).matches("MARAC-\\d{4}-\\d{4,}");
        assertThat(openTaskKeys(submitted.reference())).containsExactly(CommunityMaracProcess.SCREEN_REFERRAL);
        assertThat(tasks.createTaskQuery().processInstanceBusinessKey(submitted.reference())
                .taskCandidateGroup("MARAC_CHAIR").count()).isEqualTo(1);

        fixtures.runAs("supervisor");
        assertThat(referrals.screeningQueue()).extracting(ReferralSummary::reference).contains(submitted.reference());
        ReferralSummary declined = referrals.decline(submitted.reference(), "Below the threshold: refer to the CSU");

        assertThat(declined.status()).isEqualTo(ReferralStatus.DECLINED);
        assertThat(running(submitted.reference())).isFalse();
        assertThat(passed(submitted.reference())).contains(CommunityMaracProcess.TELL_REFERRER,
                CommunityMaracProcess.REFERRAL_DECLINED).doesNotContain(CommunityMaracProcess.CASE_ON_LIST);
        assertThat(referrals.screeningQueue()).extracting(ReferralSummary::reference)
                .doesNotContain(submitted.reference());
        fixtures.runAs("police");
        ReferralPage page = referrals.page(submitted.reference());
        assertThat(page.screeningNote()).isEqualTo("Below the threshold: refer to the CSU");
        assertThat(page.history()).extracting(ReferralPage.HistoryEntry::kind)
                .containsSubsequence("DRAFTED", "SUBMITTED", "DECLINED");
    }

    @Test
    @DisplayName("The chair asks for more: the referral goes back to its referrer, who amends and resubmits it")
    void moreInformationThenResubmitted() {
        ReferralSummary submitted = fixtures.submitted("housing", "Mona More");
        fixtures.runAs("supervisor");
        referrals.requestMoreInformation(submitted.reference(), "Which reports? Please add the police log numbers");

        assertThat(openTaskKeys(submitted.reference())).containsExactly(CommunityMaracProcess.SUBMIT_REFERRAL);
        assertThat(tasks.createTaskQuery().processInstanceBusinessKey(submitted.reference()).singleResult()
                .getAssignee()).isEqualTo("housing");
        assertThatThrownBy(() -> referrals.accept(submitted.reference(), null))
                .as("nothing to screen until it is resubmitted").isInstanceOf(ConflictException.class);

        fixtures.runAs("housing");
        ReferralDraft draft = referrals.draftOf(submitted.reference());
        assertThat(draft.getPersonName()).isEqualTo("Mona More " + fixtures.suffix);
        draft.setHistoryToBring("Police log 123/2026 and 140/2026; two tenancy warnings.");
        ReferralSummary resubmitted = referrals.submit(draft);

        assertThat(resubmitted.status()).isEqualTo(ReferralStatus.SUBMITTED);
        assertThat(resubmitted.submissions()).isEqualTo(2);
        assertThat(openTaskKeys(submitted.reference())).containsExactly(CommunityMaracProcess.SCREEN_REFERRAL);
        fixtures.runAs("supervisor");
        ReferralSummary accepted = referrals.accept(submitted.reference(), null);
        assertThat(accepted.status()).isEqualTo(ReferralStatus.ON_LIST);
        assertThat(referrals.page(submitted.reference()).historyToBring()).startsWith("Police log 123/2026");
    }

    @Test
    @DisplayName("An accepted case is on the next open meeting's agenda; kept on the list, it is carried over to the following meeting with its actions tracked")
    void acceptedAndCarriedOver() {
        ReferralSummary accepted = fixtures.accepted("Carl Carry");
        fixtures.runAs("supervisor");
        ReferralPage page = referrals.page(accepted.reference());
        assertThat(page.discussions()).singleElement().satisfies(d -> {
            assertThat(d.carriedOver()).isFalse();
            assertThat(d.decision()).isNull();
        });
        MeetingPage first = meetings.meeting(page.discussions().get(0).meetingId());
        LocalDate today = LocalDate.now(ZONE);
        assertThat(first.meeting().referralDeadline()).as("accepted before the deadline").isAfterOrEqualTo(today);
        assertThat(first.agenda()).extracting(i -> i.referral().reference()).contains(accepted.reference());
        assertThat(accepted.nextMeeting()).isEqualTo(first.date());
        Task discuss = tasks.createTaskQuery().processInstanceBusinessKey(accepted.reference())
                .taskDefinitionKey(CommunityMaracProcess.DISCUSS_AT_MEETING).singleResult();
        assertThat(discuss.getDueDate().toInstant()).isEqualTo(first.date().plusDays(1).atStartOfDay(ZONE).toInstant());

        ActionView action = meetings.addAction(first.meeting().id(), accepted.reference(),
                new NewAction("WKHA", "Tenancy support visit within two weeks", today.plusDays(14), null));
        assertThat(action.ownerKind()).isEqualTo(ActionOwnerKind.COMMUNITY_MARAC);
        assertThat(action.source()).isEqualTo(ActionSource.COMMUNITY_MARAC);
        assertThat(action.ownerReference()).isEqualTo(accepted.reference());
        Task actionTask = tasks.createTaskQuery().processInstanceBusinessKey(accepted.reference())
                .taskDefinitionKey(CommunityMaracProcess.COMPLETE_ACTION).singleResult();
        assertThat(actionTask).as("the action is a user task of the case's own process").isNotNull();
        assertThat(tasks.getIdentityLinksForTask(actionTask.getId())).anyMatch(l -> "WKHA".equals(l.getGroupId()));

        MeetingPage.Item decided = meetings.decide(first.meeting().id(), accepted.reference(),
                CaseDecision.STAY_ON_LIST, "Review after the tenancy visit");

        assertThat(decided.decision()).isEqualTo(CaseDecision.STAY_ON_LIST);
        ReferralPage after = referrals.page(accepted.reference());
        assertThat(after.summary().status()).isEqualTo(ReferralStatus.ON_LIST);
        assertThat(after.discussions()).hasSize(2);
        ReferralPage.Discussion next = after.discussions().get(1);
        assertThat(next.carriedOver()).isTrue();
        assertThat(next.meetingDate()).isAfter(first.date());
        assertThat(after.summary().nextMeeting()).isEqualTo(next.meetingDate());
        Task again = tasks.createTaskQuery().processInstanceBusinessKey(accepted.reference())
                .taskDefinitionKey(CommunityMaracProcess.DISCUSS_AT_MEETING).singleResult();
        assertThat(again.getId()).as("a new discussion, at the next meeting").isNotEqualTo(discuss.getId());
        assertThat(again.getDueDate().toInstant()).isEqualTo(next.meetingDate().plusDays(1).atStartOfDay(ZONE)
                .toInstant());
        assertThat(meetings.meeting(next.meetingId()).agenda()).anySatisfy(i -> {
            assertThat(i.referral().reference()).isEqualTo(accepted.reference());
            assertThat(i.carriedOver()).isTrue();
            assertThat(i.actions()).extracting(ActionView::id).containsExactly(action.id());
        });
        assertThatThrownBy(() -> meetings.decide(first.meeting().id(), accepted.reference(), CaseDecision.CLOSE,
                "Changed our minds")).as("a decision once taken stands").isInstanceOf(ConflictException.class);

        fixtures.runAs("housing");
        ActionView done = actions.complete(action.id(), "Visited; support plan agreed");
        assertThat(done.status()).isEqualTo(ActionStatus.DONE);
        assertThat(tasks.createTaskQuery().processInstanceBusinessKey(accepted.reference())
                .taskDefinitionKey(CommunityMaracProcess.COMPLETE_ACTION).count()).isZero();
        assertThat(running(accepted.reference())).as("the case stays on the list").isTrue();
    }

    @Test
    @DisplayName("A meeting closes a case with a reason: its process ends and it leaves the list")
    void closed() {
        ReferralSummary accepted = fixtures.accepted("Clara Close");
        fixtures.runAs("supervisor");
        Long meetingId = referrals.page(accepted.reference()).discussions().get(0).meetingId();

        assertThatThrownBy(() -> meetings.decide(meetingId, accepted.reference(), CaseDecision.CLOSE, " "))
                .as("closing needs a reason").isInstanceOf(org.csucasework.shared.ValidationException.class);
        meetings.decide(meetingId, accepted.reference(), CaseDecision.CLOSE, "Engaging with treatment; risk reduced");

        ReferralPage page = referrals.page(accepted.reference());
        assertThat(page.summary().status()).isEqualTo(ReferralStatus.CLOSED);
        assertThat(page.closeReason()).isEqualTo("Engaging with treatment; risk reduced");
        assertThat(page.summary().nextMeeting()).isNull();
        assertThat(running(accepted.reference())).isFalse();
        assertThat(passed(accepted.reference())).contains(CommunityMaracProcess.CASE_CLOSED_AT_MEETING,
                CommunityMaracProcess.CASE_CLOSED);
        assertThat(referrals.list(Set.of(ReferralStatus.ON_LIST))).extracting(ReferralSummary::reference)
                .doesNotContain(accepted.reference());
        assertThatThrownBy(() -> meetings.addAction(meetingId, accepted.reference(),
                new NewAction("KENT_POLICE", "Too late", LocalDate.now(ZONE).plusDays(3), null)))
                .isInstanceOf(org.csucasework.shared.ValidationException.class);
    }

    @Test
    @DisplayName("A case the meeting did not reach is carried over when the meeting is recorded as held")
    void notReachedIsCarriedOver() {
        ReferralSummary accepted = fixtures.accepted("Nora Notreached");
        fixtures.runAs("supervisor");
        Long meetingId = referrals.page(accepted.reference()).discussions().get(0).meetingId();
        MeetingPage meeting = meetings.meeting(meetingId);
        meetings.recordAttendance(meetingId, meeting.meeting().version(), Set.of("SDC_CSU", "KENT_POLICE"),
                "Sam Supervisor (chair), Pat Constable");
        long version = meetings.meeting(meetingId).meeting().version();

        meetings.hold(meetingId, version, "Ran out of time");

        ReferralPage page = referrals.page(accepted.reference());
        assertThat(page.discussions()).hasSize(2);
        assertThat(page.discussions().get(1).carriedOver()).isTrue();
        assertThat(page.summary().nextMeeting()).isAfter(meeting.date());
        assertThat(page.history()).extracting(ReferralPage.HistoryEntry::kind).contains("NOT_REACHED");
        assertThat(openTaskKeys(accepted.reference())).containsExactly(CommunityMaracProcess.DISCUSS_AT_MEETING);
        assertThatThrownBy(() -> meetings.decide(meetingId, accepted.reference(), CaseDecision.CLOSE, "late"))
                .as("a held meeting takes no more decisions").isInstanceOf(ConflictException.class);
    }

    private List<String> openTaskKeys(String reference) {
        return tasks.createTaskQuery().processInstanceBusinessKey(reference).active().list().stream()
                .map(Task::getTaskDefinitionKey).toList();
    }

    private boolean running(String reference) {
        return runtime.createProcessInstanceQuery().processDefinitionKey(CommunityMaracProcess.KEY)
                .processInstanceBusinessKey(reference).count() > 0;
    }

    private List<String> passed(String reference) {
        String id = history.createHistoricProcessInstanceQuery().processDefinitionKey(CommunityMaracProcess.KEY)
                .processInstanceBusinessKey(reference).singleResult().getId();
        return history.createHistoricActivityInstanceQuery().processInstanceId(id).list().stream()
                .map(HistoricActivityInstance::getActivityId).toList();
    }
}
