package org.csucasework.casereview.process;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.csucasework.casereview.AsbCaseReviewProcess.*;

import java.time.LocalDate;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.csucasework.actions.ActionService;
import org.csucasework.actions.ActionView;
import org.csucasework.actions.NewAction;
import org.csucasework.casehistory.CaseHistory;
import org.csucasework.casehistory.CaseRef;
import org.csucasework.casehistory.EntryKind;
import org.csucasework.casehistory.HistoryItem;
import org.csucasework.casereview.CaseReviewDetails;
import org.csucasework.casereview.CaseReviewFixtures;
import org.csucasework.casereview.CaseReviewLetters;
import org.csucasework.casereview.CaseReviewService;
import org.csucasework.casereview.CaseReviewStatus;
import org.csucasework.casereview.CaseReviewWork;
import org.csucasework.escalation.EscalationTestSupport;
import org.csucasework.intake.ReportService;
import org.csucasework.shared.ValidationException;
import org.csucasework.support.IntegrationTest;
import org.csucasework.support.SignedIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Every path of {@code bpmn/asb-case-review.bpmn} and its timers, driven through the Case Review services as the demo
 * users on the real engine and database, checked with camunda-bpm-assert.
 */
@IntegrationTest
class CaseReviewProcessTests {

    @Autowired
    ProcessEngine engine;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    UserDetailsService accounts;
    @Autowired
    ReportService reports;
    @Autowired
    CaseReviewService applications;
    @Autowired
    CaseReviewWork work;
    @Autowired
    ActionService actions;
    @Autowired
    CaseHistory history;
    @Autowired
    CaseReviewLetters letters;

    private SignedIn signedIn;
    private CaseReviewFixtures fixtures;

    @BeforeEach
    void init() {
        BpmnAwareTests.init(engine);
        signedIn = new SignedIn(accounts);
        fixtures = new CaseReviewFixtures(signedIn, reports, applications);
    }

    @AfterEach
    void reset() {
        BpmnAwareTests.reset();
    }

    private List<String> threeQualifying() {
        return List.of(fixtures.complaint(60, 3), fixtures.complaint(30, 0), fixtures.complaint(5, 10));
    }

    @Test
    @DisplayName("Three complaints made within a month of the behaviour meet the default threshold; confirmed, reviewed with a recommendation worked as an action, outcome told, applicant satisfied")
    void thresholdMetReviewedAndClosed() {
        CaseReviewService.Applied applied = fixtures.apply(threeQualifying());
        Assertions.assertThat(applied.reference()).matches("CR-\\d{4}-\\d{4,}");
        ProcessInstance pi = instance(applied.reference());
        assertThat(pi).hasPassed(TEST_THRESHOLD).isWaitingAt(DECIDE_THRESHOLD);
        assertThat(BpmnAwareTests.task(DECIDE_THRESHOLD, pi)).hasCandidateGroup(COORDINATORS);

        CaseReviewDetails details = details(applied.reference());
        Assertions.assertThat(details.qualifyingCount()).isEqualTo(3);
        Assertions.assertThat(details.thresholdMetByRule()).isTrue();
        Assertions.assertThat(details.qualifyingComplaints()).allSatisfy(c -> Assertions.assertThat(c.counts()).isTrue());

        assertThatThrownBy(() -> signedIn.run("caseworker", () -> applications.decide(applied.reference(), true, null, -1)))
                .as("caseworkers are not coordinators").isInstanceOf(AccessDeniedException.class);
        signedIn.run("supervisor", () -> applications.decide(applied.reference(), true, null, -1));
        assertThat(pi).hasPassed(TELL_DECISION).isWaitingAt(HOLD_REVIEW);

        signedIn.run("supervisor", () -> {
            work.planReview(applied.reference(), LocalDate.now(), List.of("SDC_CSU", "KENT_POLICE"));
            work.addInformation(applied.reference(), "KENT_POLICE", "Two calls logged about the flat");
            work.recommend(applied.reference(), new NewAction("KENT_POLICE", "Visit the flat with the landlord",
                    LocalDate.now().plusDays(14), null));
        });
        assertThat(pi).isWaitingAt(HOLD_REVIEW, COMPLETE_ACTION);
        ActionView recommendation = details(applied.reference()).recommendations().get(0);
        signedIn.run("police", () -> actions.complete(recommendation.id(), "Visited with the landlord"));

        signedIn.run("supervisor", () -> work.recordOutcome(applied.reference(),
                "The police and the landlord visited; a noise diary is set up", -1));
        assertThat(pi).hasPassed(TELL_OUTCOME).isWaitingAt(AWAIT_RESPONSE);
        signedIn.run("supervisor", () -> work.recordResponse(applied.reference(), false, null));

        assertThat(pi).isEnded().hasPassed(REVIEW_CLOSED);
        CaseReviewDetails closed = details(applied.reference());
        Assertions.assertThat(closed.status()).isEqualTo(CaseReviewStatus.CLOSED);
        Assertions.assertThat(closed.decisionToldAt()).isNotNull();
        Assertions.assertThat(closed.outcomeToldAt()).isNotNull();
        Assertions.assertThat(closed.history()).extracting(HistoryItem::code)
                .contains("APPLIED", "THRESHOLD_TESTED", "THRESHOLD_DECIDED", "LETTER_DECISION", "REVIEW_PLANNED",
                        "INFORMATION", "ACTION_ASSIGNED", "ACTION_COMPLETED", "REVIEW_HELD", "LETTER_OUTCOME",
                        "CLOSED");
        // The one case history of DESIGN.md 4.6: what the review page shows is what every history reader gets.
        List<HistoryItem> shared = signedIn.as("supervisor", () -> history.history(CaseRef.caseReview(closed.id())));
        Assertions.assertThat(shared).extracting(HistoryItem::id)
                .containsExactlyElementsOf(closed.history().stream().map(HistoryItem::id).toList());
        Assertions.assertThat(shared).filteredOn(e -> e.code().startsWith("LETTER_")).extracting(HistoryItem::kind)
                .containsOnly(EntryKind.LETTER);
        Assertions.assertThat(shared).filteredOn(e -> e.code().startsWith("ACTION_")).extracting(HistoryItem::kind)
                .containsOnly(EntryKind.ACTION);

        String decision = EscalationTestSupport.textOf(signedIn.as("caseworker",
                () -> letters.decisionLetter(applied.reference())).content());
        Assertions.assertThat(decision).contains("ASB Case Review: threshold decision", applied.reference(),
                "We counted 3 qualifying complaints", "has been met");
        String outcome = EscalationTestSupport.textOf(signedIn.as("supervisor",
                () -> letters.outcomeLetter(applied.reference())).content());
        Assertions.assertThat(outcome).contains("ASB Case Review: outcome", "a noise diary is set up",
                "Kent Police: Visit the flat with the landlord", "Police and Crime Commissioner")
                .doesNotContain("{{");
    }

    @Test
    @DisplayName("The review's steps are the coordinators': a caseworker cannot record the meeting, and information comes only from an agency invited")
    void reviewStepsAreCheckedByRoleAndAgency() {
        CaseReviewService.Applied applied = fixtures.apply(threeQualifying());
        signedIn.run("supervisor", () -> applications.decide(applied.reference(), true, null, -1));

        assertThatThrownBy(() -> signedIn.run("caseworker", () -> work.planReview(applied.reference(),
                LocalDate.now(), List.of("KENT_POLICE")))).isInstanceOf(AccessDeniedException.class);
        signedIn.run("supervisor", () -> work.planReview(applied.reference(), LocalDate.now(), List.of("KENT_POLICE")));
        assertThatThrownBy(() -> signedIn.run("supervisor", () -> work.addInformation(applied.reference(), "SDC_CSU",
                "Not invited")))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> Assertions.assertThat(((ValidationException) e).errors()).singleElement()
                        .satisfies(error -> Assertions.assertThat(error.field()).isEqualTo("agencyCode")));
        assertThatThrownBy(() -> signedIn.run("supervisor", () -> work.recordResponse(applied.reference(), false,
                null))).as("no outcome told yet").isInstanceOf(ValidationException.class);
    }

    @Test
    @DisplayName("A complaint made two months after the behaviour does not count and says why; the threshold is not met and the process ends there")
    void thresholdNotMet() {
        String late = fixtures.complaint(10, 61);
        CaseReviewService.Applied applied = fixtures.apply(List.of(fixtures.complaint(40, 2), fixtures.complaint(20, 1),
                late));
        CaseReviewDetails details = details(applied.reference());
        Assertions.assertThat(details.qualifyingCount()).isEqualTo(2);
        Assertions.assertThat(details.thresholdMetByRule()).isFalse();
        CaseReviewDetails.ComplaintView lateOne = details.qualifyingComplaints().stream()
                .filter(c -> late.equals(c.reportReference())).findFirst().orElseThrow();
        Assertions.assertThat(lateOne.counts()).isFalse();
        Assertions.assertThat(lateOne.reason()).contains("more than one month after the behaviour");

        ProcessInstance pi = instance(applied.reference());
        signedIn.run("supervisor", () -> applications.decide(applied.reference(), false, null, -1));

        assertThat(pi).isEnded().hasPassed(TELL_DECISION, THRESHOLD_NOT_MET).hasNotPassed(HOLD_REVIEW);
        Assertions.assertThat(details(applied.reference()).status()).isEqualTo(CaseReviewStatus.THRESHOLD_NOT_MET);
    }

    @Test
    @DisplayName("The coordinator overrides the count only with a reason; excluding a complaint as other behaviour lowers the count")
    void overrideNeedsAReasonAndExclusionRecounts() {
        CaseReviewService.Applied applied = fixtures.apply(threeQualifying());
        CaseReviewDetails details = details(applied.reference());
        Long first = details.qualifyingComplaints().get(0).id();

        signedIn.run("supervisor", () -> applications.excludeComplaint(applied.reference(), first, true,
                "About a dog barking, not the music"));
        CaseReviewDetails recounted = details(applied.reference());
        Assertions.assertThat(recounted.qualifyingCount()).isEqualTo(2);
        Assertions.assertThat(recounted.qualifyingComplaints().get(0).reason()).contains("Excluded by the coordinator");

        assertThatThrownBy(() -> signedIn.run("supervisor",
                () -> applications.decide(applied.reference(), true, " ", -1)))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> Assertions.assertThat(((ValidationException) e).errors().get(0).field()).isEqualTo("reason"));
        signedIn.run("supervisor", () -> applications.decide(applied.reference(), true,
                "The victim is vulnerable: the partnership reviews it", -1));
        assertThat(instance(applied.reference())).isWaitingAt(HOLD_REVIEW);
        Assertions.assertThat(details(applied.reference()).decisionReason()).contains("vulnerable");
    }

    @Test
    @DisplayName("A coordinator not deciding in time is reminded by the decision timer; the decision stays open")
    void decisionReminderTimer() {
        CaseReviewService.Applied applied = fixtures.apply(threeQualifying());
        ProcessInstance pi = instance(applied.reference());
        assertThat(pi).isWaitingAt(DECIDE_THRESHOLD);
        Assertions.assertThat(BpmnAwareTests.task(DECIDE_THRESHOLD, pi).getDueDate()).isNotNull();

        execute(job(DECISION_REMINDER_DUE, pi));

        assertThat(pi).hasPassed(REMIND_COORDINATOR, REMINDER_SENT).isWaitingAt(DECIDE_THRESHOLD);
        Assertions.assertThat(details(applied.reference()).history()).extracting(HistoryItem::code)
                .contains("DECISION_REMINDER");
    }

    @Test
    @DisplayName("The applicant not satisfied asks for the escalation, recorded with its result")
    void escalation() {
        String reference = reviewed();
        ProcessInstance pi = instance(reference);
        signedIn.run("supervisor", () -> work.recordResponse(reference, true, "Nothing has changed"));
        assertThat(pi).isWaitingAt(RECORD_ESCALATION_RESULT);
        Assertions.assertThat(details(reference).status()).isEqualTo(CaseReviewStatus.ESCALATED);

        signedIn.run("supervisor", () -> work.recordEscalationResult(reference,
                "The PCC's office upheld the review's outcome"));
        assertThat(pi).isEnded().hasPassed(ESCALATION_CONCLUDED);
        Assertions.assertThat(details(reference).escalationResult()).contains("upheld");
    }

    @Test
    @DisplayName("When the time to ask for the escalation passes, the timer closes the review")
    void responseTimer() {
        String reference = reviewed();
        ProcessInstance pi = instance(reference);
        execute(job(RESPONSE_TIME_UP, pi));
        assertThat(pi).isEnded().hasPassed(CLOSE_UNESCALATED, NO_ESCALATION_ASKED);
        Assertions.assertThat(details(reference).status()).isEqualTo(CaseReviewStatus.CLOSED);
    }

    private String reviewed() {
        CaseReviewService.Applied applied = fixtures.apply(threeQualifying());
        signedIn.run("supervisor", () -> {
            applications.decide(applied.reference(), true, null, -1);
            work.planReview(applied.reference(), LocalDate.now(), List.of("KENT_POLICE"));
            work.recordOutcome(applied.reference(), "Mediation offered to both households", -1);
        });
        return applied.reference();
    }

    private CaseReviewDetails details(String reference) {
        return signedIn.as("supervisor", () -> work.details(reference));
    }

    /** The review's running instance (taken before it ends: camunda-bpm-assert follows it into history). */
    private ProcessInstance instance(String reference) {
        return runtime.createProcessInstanceQuery().processDefinitionKey(KEY).processInstanceBusinessKey(reference)
                .singleResult();
    }
}
