package org.csucasework.escalation.process;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.csucasework.escalation.AsbEscalationProcess.*;
import static org.csucasework.escalation.EscalationTestSupport.errorsOf;
import static org.csucasework.escalation.EscalationTestSupport.proposal;
import static org.csucasework.escalation.internal.LetterWriter.LETTER_DATE;

import java.time.LocalDate;
import java.util.Date;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.csucasework.escalation.AppealResult;
import org.csucasework.escalation.CaseDetails;
import org.csucasework.escalation.Decision;
import org.csucasework.escalation.DocumentView;
import org.csucasework.escalation.EscalationAppeals;
import org.csucasework.escalation.EscalationCases;
import org.csucasework.escalation.EscalationDeadlines;
import org.csucasework.escalation.EscalationEnforcement;
import org.csucasework.escalation.EscalationProposals;
import org.csucasework.escalation.EscalationService;
import org.csucasework.escalation.EscalationTestSupport;
import org.csucasework.escalation.Ladder;
import org.csucasework.escalation.ProposalDraft;
import org.csucasework.escalation.ServiceMethod;
import org.csucasework.escalation.StepStatus;
import org.csucasework.escalation.WaitKind;
import org.csucasework.intake.LoggedReport;
import org.csucasework.intake.ReportService;
import org.csucasework.reporting.FigureRecord;
import org.csucasework.reporting.HeadlineFigure;
import org.csucasework.reporting.HeadlineFigureSource;
import org.csucasework.shared.FieldError;
import org.csucasework.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Every path of {@code bpmn/asb-escalation.bpmn}, driven the way the product drives it: through the service, as the
 * demo caseworker and supervisor, on the real engine and PostgreSQL. Timers are fired with
 * {@code managementService.executeJob}; nothing sleeps. Each test has its own person (a random suffix).
 */
@IntegrationTest
class AsbEscalationProcessTests {

    private static final Set<String> ALLOWED_VARIABLES = Set.of(VAR_CASE_ID, VAR_STEP_ID, VAR_DECISION,
            VAR_STEP_IN_FORCE, VAR_WAIT_KIND, VAR_REVIEW_DATE, VAR_TERM_END, VAR_COMPLIANCE_DATE, VAR_WATCH_UNTIL,
            VAR_ABA_REVIEWED, VAR_ESCALATE, VAR_BREACH_CONFIRMED, VAR_REPORT_ID, VAR_APPEAL_DEADLINE, VAR_PAYMENT_DUE);

    @Autowired
    ProcessEngine processEngine;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    ManagementService managementService;
    @Autowired
    HistoryService historyService;
    @Autowired
    UserDetailsService userDetailsService;
    @Autowired
    ReportService reports;
    @Autowired
    EscalationService escalation;
    @Autowired
    EscalationCases cases;
    @Autowired
    EscalationDeadlines deadlines;
    @Autowired
    EscalationEnforcement enforcement;
    @Autowired
    EscalationProposals proposals;
    @Autowired
    EscalationAppeals appeals;
    @Autowired
    org.csucasework.escalation.EscalationAgreements agreements;
    @Autowired
    org.csucasework.escalation.EscalationPenalties penalties;
    @Autowired
    org.csucasework.escalation.EscalationRemedialWorks works;
    @Autowired
    org.csucasework.dataprotection.SubjectAccessService subjectAccess;
    @Autowired
    org.csucasework.escalation.EscalationProsecutions prosecutions;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;
    @Autowired
    List<HeadlineFigureSource> figureSources;

    private EscalationTestSupport support;

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(processEngine);
        support = new EscalationTestSupport(userDetailsService, reports, cases);
    }

    @AfterEach
    void tearDown() {
        SecurityContextHolder.clearContext();
        BpmnAwareTests.reset();
    }

    @Test
    @DisplayName("An approved warning letter is issued and registered, then the case waits out the watch period and asks for the next step")
    void approvedWarningLetterIsIssuedAndTheWatchPeriodRuns() {
        EscalationTestSupport.Case c = support.adultCase("Walter Warned");
        ProcessInstance pi = processOf(c);
        assertThat(pi).isStarted().isWaitingAt(PROPOSE_STEP);
        assertThat(task(PROPOSE_STEP, pi)).hasCandidateGroup("CASEWORKER");

        proposals.propose(c.reference(), proposal(Ladder.WARNING_LETTER, "Kicking doors at night", c.report()));

        assertThat(pi).isWaitingAt(DECIDE_STEP).hasPassed(PROPOSE_STEP);
        // Offered by name to the supervisors who may decide it (a caseworker's: the CSU's), not to every supervisor.
        assertThat(task(DECIDE_STEP, pi)).hasCandidateUser("supervisor");
        Assertions.assertThat(processEngine.getTaskService().getIdentityLinksForTask(task(DECIDE_STEP, pi).getId()))
                .extracting(org.camunda.bpm.engine.task.IdentityLink::getGroupId).doesNotContain("SUPERVISOR");

        decide(c, Decision.APPROVE, null);

        assertThat(pi).hasPassed(ISSUE_STEP).isWaitingAt(SERVE_STEP);
        assertThat(task(SERVE_STEP, pi)).hasCandidateGroup("CASEWORKER");
        CaseDetails approved = escalation.details(c.reference());
        Assertions.assertThat(approved.ladderStageCode()).as("approval is not issue").isNull();
        Assertions.assertThat(approved.waitKind()).isEqualTo(WaitKind.NONE);
        Assertions.assertThat(approved.documents()).singleElement().satisfies(d -> Assertions.assertThat(d.served()).isFalse());
        Assertions.assertThat(approved.steps()).extracting(CaseDetails.StepView::status).containsExactly(StepStatus.APPROVED);

        support.serveToday(escalation, deadlines, c.reference());

        assertThat(pi).hasPassed(SERVE_STEP).isWaitingAt(WATCH_PERIOD_ENDS);
        CaseDetails details = escalation.details(c.reference());
        Assertions.assertThat(details.ladderStageCode()).isEqualTo(Ladder.WARNING_LETTER);
        Assertions.assertThat(details.waitKind()).isEqualTo(WaitKind.WATCH);
        Assertions.assertThat(details.documents()).singleElement().satisfies(d -> {
            Assertions.assertThat(d.servedOn()).isEqualTo(LocalDate.now(CaseProcess.ZONE));
            Assertions.assertThat(d.servedBy()).isEqualTo("Pat Process-Server");
        });
        Assertions.assertThat(details.steps()).extracting(CaseDetails.StepView::status).containsExactly(StepStatus.SERVED);
        Assertions.assertThat(singleTimer(pi).getDuedate()).isEqualTo(endOf(details.watchUntil()));

        managementService.executeJob(singleTimer(pi).getId());

        assertThat(pi).hasPassed(WATCH_PERIOD_ENDS, RECORD_WATCH_ENDED).isWaitingAt(PROPOSE_STEP);
        Assertions.assertThat(escalation.details(c.reference()).waitKind()).isEqualTo(WaitKind.NONE);

        cases.close(c.reference(), escalation.details(c.reference()).version(), "No further reports: behaviour improved");
        assertThat(pi).isEnded().hasPassed(CASE_CLOSED);
        Assertions.assertThat(escalation.details(c.reference()).closureReason()).isEqualTo("No further reports: behaviour improved");
    }

    @Test
    @DisplayName("A CPW approved days before it was served counts its time to comply from the day of service; a day of "
            + "service before the approval or in the future is refused at the field; only an approved step is served")
    void deadlinesRunFromServiceNotApproval() {
        EscalationTestSupport.Case c = support.adultCase("Sam Served");
        ProcessInstance pi = processOf(c);
        issue(c, Ladder.WARNING_LETTER, "Fly-tipping in the alley");
        support.runAs("caseworker");
        ProposalDraft cpw = proposal(Ladder.CPW, "Fly-tipping in the alley behind the shops", c.report());
        cpw.setSkipJustification("Refused to meet to sign an agreement");
        Long stepId = proposals.propose(c.reference(), cpw);
        support.runAs("caseworker");
        Assertions.assertThat(fieldsOf(() -> deadlines.serve(stepId, LocalDate.now(CaseProcess.ZONE),
                ServiceMethod.HAND_DELIVERED, "Pat"))).as("not approved yet").containsExactly("servedOn");
        decide(c, Decision.APPROVE, null);
        assertThat(pi).isWaitingAt(SERVE_STEP);
        LocalDate today = LocalDate.now(CaseProcess.ZONE);
        // Approved ten days ago, served three days ago: the warning's 14 days run from the service.
        jdbc.update("update escalation_step set decided_at = decided_at - interval '10 days' where id = ?", stepId);

        support.runAs("caseworker");
        List<FieldError> early = errorsOf(() -> deadlines.serve(stepId, today.minusDays(11),
                ServiceMethod.FIRST_CLASS_POST, "Pat Process-Server"));
        Assertions.assertThat(early).extracting(FieldError::field).containsExactly("servedOn");
        Assertions.assertThat(early.get(0).message()).contains("approved on").doesNotContain("-");
        Assertions.assertThat(fieldsOf(() -> deadlines.serve(stepId, today.plusDays(1), ServiceMethod.FIRST_CLASS_POST,
                "Pat Process-Server"))).containsExactly("servedOn");
        Assertions.assertThat(fieldsOf(() -> deadlines.serve(stepId, today, null, " ")))
                .containsExactly("method", "servedBy");
        assertThat(pi).isWaitingAt(SERVE_STEP);

        deadlines.serve(stepId, today.minusDays(3), ServiceMethod.FIRST_CLASS_POST, "Pat Process-Server");

        assertThat(pi).hasPassed(SERVE_STEP).isWaitingAt(TIME_TO_COMPLY_ENDS);
        CaseDetails details = escalation.details(c.reference());
        Assertions.assertThat(details.complianceDate()).isEqualTo(today.minusDays(3).plusDays(14));
        Assertions.assertThat(singleTimer(pi).getDuedate()).isEqualTo(endOf(today.plusDays(11)));
        CaseDetails.StepView served = details.steps().stream().filter(s -> s.id().equals(stepId)).findFirst().orElseThrow();
        Assertions.assertThat(served.status()).isEqualTo(StepStatus.SERVED);
        Assertions.assertThat(served.servedOn()).isEqualTo(today.minusDays(3));
        Assertions.assertThat(served.servedMethod()).isEqualTo(ServiceMethod.FIRST_CLASS_POST);
        Assertions.assertThat(served.complianceDate()).isEqualTo(today.plusDays(11));
        Assertions.assertThat(details.timeline()).extracting(CaseDetails.Event::kind).contains("APPROVED", "SERVED");
        Assertions.assertThat(fieldsOf(() -> deadlines.serve(stepId, today, ServiceMethod.HAND_DELIVERED, "Pat")))
                .as("served once").containsExactly("servedOn");
    }

    @Test
    @DisplayName("Closing a case whose approved step was never served withdraws the step")
    void closingWithdrawsAStepNotServed() {
        EscalationTestSupport.Case c = support.adultCase("Wanda Withdrawn");
        ProcessInstance pi = processOf(c);
        support.runAs("caseworker");
        proposals.propose(c.reference(), proposal(Ladder.WARNING_LETTER, "Noise at night", c.report()));
        decide(c, Decision.APPROVE, null);
        assertThat(pi).isWaitingAt(SERVE_STEP);
        support.runAs("caseworker");
        Assertions.assertThat(fieldsOf(() -> proposals.propose(c.reference(),
                proposal(Ladder.ABA, "More noise", c.report())))).containsExactly("stageCode");

        cases.close(c.reference(), escalation.details(c.reference()).version(), "Moved away before it was served");

        assertThat(pi).isEnded().hasNotPassed(WATCH_PERIOD_ENDS);
        Assertions.assertThat(escalation.details(c.reference()).steps()).extracting(CaseDetails.StepView::status)
                .containsExactly(StepStatus.WITHDRAWN);
    }

    @Test
    @DisplayName("A step returned with comments goes back to the caseworker, who changes it and resubmits it to the queue")
    void returnedStepIsRevisedAndResubmitted() {
        EscalationTestSupport.Case c = support.adultCase("Rhona Returned");
        ProcessInstance pi = processOf(c);
        proposals.propose(c.reference(), proposal(Ladder.WARNING_LETTER, "Noise", c.report()));

        Assertions.assertThat(fieldsOf(() -> decide(c, Decision.RETURN, " "))).containsExactly("note");
        decide(c, Decision.RETURN, "Describe the conduct: dates and what was done");

        assertThat(pi).isWaitingAt(REVISE_STEP).hasPassed(DECIDE_STEP);
        assertThat(task(REVISE_STEP, pi)).hasCandidateGroup("CASEWORKER");
        CaseDetails.StepView returned = escalation.details(c.reference()).pendingStep();
        Assertions.assertThat(returned.status()).isEqualTo(StepStatus.RETURNED);
        Assertions.assertThat(returned.decisionNote()).isEqualTo("Describe the conduct: dates and what was done");

        support.runAs("caseworker");
        proposals.resubmit(returned.id(), returned.version(), proposal(Ladder.WARNING_LETTER,
                "Loud music after midnight on 3, 5 and 9 March; abuse shouted at the neighbours", c.report()));

        assertThat(pi).isWaitingAt(DECIDE_STEP).hasPassed(REVISE_STEP);
        CaseDetails.StepView resubmitted = escalation.details(c.reference()).pendingStep();
        Assertions.assertThat(resubmitted.status()).isEqualTo(StepStatus.PROPOSED);
        Assertions.assertThat(resubmitted.submissions()).isEqualTo(2);
        Assertions.assertThat(resubmitted.conduct()).startsWith("Loud music after midnight");

        decide(c, Decision.APPROVE, null);
        assertThat(pi).hasPassed(ISSUE_STEP).isWaitingAt(SERVE_STEP);
    }

    @Test
    @DisplayName("A rejected first step goes back to the caseworker with the reason; a rejection while a step is in force returns to the wait")
    void rejectionReturnsToProposalOrToTheWait() {
        EscalationTestSupport.Case c = support.adultCase("Rex Rejected");
        ProcessInstance pi = processOf(c);
        proposals.propose(c.reference(), proposal(Ladder.WARNING_LETTER, "One noisy evening", c.report()));

        Assertions.assertThat(fieldsOf(() -> decide(c, Decision.REJECT, null))).containsExactly("note");
        decide(c, Decision.REJECT, "A single incident: advice first");

        assertThat(pi).isWaitingAt(PROPOSE_STEP).hasPassed(DECIDE_STEP).hasNotPassed(ISSUE_STEP);
        CaseDetails details = escalation.details(c.reference());
        Assertions.assertThat(details.steps()).extracting(CaseDetails.StepView::status).containsExactly(StepStatus.REJECTED);
        Assertions.assertThat(details.steps().get(0).decisionNote()).isEqualTo("A single incident: advice first");

        support.runAs("caseworker");
        proposals.propose(c.reference(), proposal(Ladder.WARNING_LETTER, "Repeated noise", c.report()));
        decide(c, Decision.APPROVE, null);
        support.serveToday(escalation, deadlines, c.reference());
        assertThat(pi).isWaitingAt(WATCH_PERIOD_ENDS);

        support.runAs("caseworker");
        proposals.propose(c.reference(), proposal(Ladder.ABA, "Still noisy", c.report()));
        assertThat(pi).isWaitingAt(DECIDE_STEP).hasPassed(STEP_PROPOSED);
        decide(c, Decision.REJECT, "Give the warning letter time to work");

        assertThat(pi).isWaitingAt(WATCH_PERIOD_ENDS);
        Assertions.assertThat(escalation.details(c.reference()).ladderStageCode()).isEqualTo(Ladder.WARNING_LETTER);
    }

    @Test
    @DisplayName("A further report about the person during the watch period asks the caseworker to consider it; keeping watch returns to the wait")
    void furtherReportDuringTheWatchIsConsidered() {
        EscalationTestSupport.Case c = support.adultCase("Fergus Further");
        ProcessInstance pi = processOf(c);
        issue(c, Ladder.WARNING_LETTER, "Abuse at neighbours");
        assertThat(pi).isWaitingAt(WATCH_PERIOD_ENDS);

        support.runAs("caseworker");
        LoggedReport further = support.reportAbout(null, null, c.personId(), "Abuse shouted again");

        assertThat(pi).hasPassed(FURTHER_REPORT_LOGGED).isWaitingAt(CONSIDER_FURTHER_REPORT);
        assertThat(task(CONSIDER_FURTHER_REPORT, pi)).hasCandidateGroup("CASEWORKER");
        Assertions.assertThat(escalation.details(c.reference()).reports()).extracting(CaseDetails.Evidence::reference)
                .contains(further.reference());

        Assertions.assertThat(fieldsOf(() -> enforcement.considerFurtherReport(c.reference(), false, ""))).containsExactly("note");
        enforcement.considerFurtherReport(c.reference(), false, "Minor; the letter is working");
        assertThat(pi).isWaitingAt(WATCH_PERIOD_ENDS);

        support.reportAbout(null, null, c.personId(), "Doors kicked again");
        assertThat(pi).isWaitingAt(CONSIDER_FURTHER_REPORT);
        enforcement.considerFurtherReport(c.reference(), true, null);
        assertThat(pi).isWaitingAt(PROPOSE_STEP);

        proposals.propose(c.reference(), proposal(Ladder.ABA, "Abuse and damage", further));
        assertThat(pi).isWaitingAt(DECIDE_STEP);
    }

    @Test
    @DisplayName("A breach of an ABA reported by a partner and confirmed by the caseworker leads to an ABA breach letter; the ABA stays in force")
    void confirmedBreachLeadsToABreachLetter() {
        EscalationTestSupport.Case c = support.adultCase("Bella Breach");
        ProcessInstance pi = processOf(c);
        cases.share(c.reference(), "KENT_POLICE", "Police patrol the estate and witness breaches");
        Assertions.assertThat(fieldsOf(() -> proposals.propose(c.reference(),
                proposal(Ladder.ABA_BREACH_LETTER, "Broke the agreement", c.report())))).contains("stageCode");
        issueAba(c, "Abuse at neighbours; agreed not to enter the close after 9pm");
        assertThat(pi).isWaitingAt(ABA_REVIEW_DUE);
        LocalDate termEnd = escalation.details(c.reference()).termEnd();

        support.runAs("police");
        enforcement.reportBreach(c.reference(), "Seen in the close at 11pm on Friday, shouting", null);

        assertThat(pi).hasPassed(BREACH_REPORTED).isWaitingAt(CONFIRM_BREACH);
        assertThat(task(CONFIRM_BREACH, pi)).hasCandidateGroup("CASEWORKER");
        support.runAs("caseworker");
        Assertions.assertThat(fieldsOf(() -> proposals.propose(c.reference(),
                proposal(Ladder.ABA_BREACH_LETTER, "Broke the agreement", c.report())))).containsExactly("stageCode");
        Assertions.assertThat(fieldsOf(() -> enforcement.confirmBreach(c.reference(), false, null)))
                .containsExactly("breachNote");

        enforcement.confirmBreach(c.reference(), true, "Confirmed with the officer's notes");

        assertThat(pi).isWaitingAt(PROPOSE_STEP).hasPassed(CONFIRM_BREACH);
        issue(c, Ladder.ABA_BREACH_LETTER, "In the close at 11pm on Friday, against the agreement");

        assertThat(pi).hasPassed(ISSUE_STEP).isWaitingAt(ABA_REVIEW_DUE);
        CaseDetails details = escalation.details(c.reference());
        Assertions.assertThat(details.ladderStageCode()).isEqualTo(Ladder.ABA_BREACH_LETTER);
        Assertions.assertThat(details.waitKind()).as("the agreement stays in force").isEqualTo(WaitKind.ABA);
        Assertions.assertThat(details.termEnd()).isEqualTo(termEnd);
        Assertions.assertThat(details.breaches()).extracting(CaseDetails.BreachView::status).containsExactly("CONFIRMED");
        Assertions.assertThat(details.documents()).extracting(d -> d.stageCode())
                .containsExactly(Ladder.WARNING_LETTER, Ladder.ABA, Ladder.ABA_BREACH_LETTER);

        support.runAs("caseworker");
        Assertions.assertThat(fieldsOf(() -> proposals.propose(c.reference(),
                        proposal(Ladder.ABA_BREACH_LETTER, "The same breach again", c.report()))))
                .as("a breach letter answers one confirmed breach").contains("stageCode");
    }

    @Test
    @DisplayName("A dismissed breach returns the case to waiting for the ABA's review")
    void dismissedBreachReturnsToTheWait() {
        EscalationTestSupport.Case c = support.adultCase("Dennis Dismissed");
        ProcessInstance pi = processOf(c);
        issueAba(c, "Agreed to stay away from the shops");
        support.runAs("caseworker");
        enforcement.reportBreach(c.reference(), "Someone said he was at the shops", null);
        enforcement.confirmBreach(c.reference(), false, "CCTV shows it was someone else");

        assertThat(pi).hasPassed(CONFIRM_BREACH).isWaitingAt(ABA_REVIEW_DUE);
        Assertions.assertThat(escalation.details(c.reference()).breaches()).extracting(CaseDetails.BreachView::status)
                .containsExactly("DISMISSED");
    }

    @Test
    @DisplayName("An ABA runs its term (183 days by default): a review is prompted 14 days before the end, then the end asks for the next step")
    void abaIsReviewedBeforeItsTermEnds() {
        EscalationTestSupport.Case c = support.adultCase("Alma Agreement");
        ProcessInstance pi = processOf(c);
        issueAba(c, "Agreed not to gather at the play area after dark");

        CaseDetails details = escalation.details(c.reference());
        LocalDate today = LocalDate.now(CaseProcess.ZONE);
        Assertions.assertThat(details.termEnd()).isEqualTo(today.plusDays(183));
        Assertions.assertThat(details.reviewDate()).isEqualTo(details.termEnd().minusDays(14));
        assertThat(pi).isWaitingAt(ABA_REVIEW_DUE);
        Assertions.assertThat(singleTimer(pi).getDuedate()).isEqualTo(startOf(details.reviewDate()));
        Assertions.assertThat(fieldsOf(() -> deadlines.reviewAba(c.reference(), "Early"))).containsExactly("reviewNote");

        managementService.executeJob(singleTimer(pi).getId());

        assertThat(pi).hasPassed(ABA_REVIEW_DUE).isWaitingAt(REVIEW_ABA);
        assertThat(task(REVIEW_ABA, pi)).hasCandidateGroup("CASEWORKER").hasDueDate(endOf(details.termEnd()));
        Assertions.assertThat(fieldsOf(() -> deadlines.reviewAba(c.reference(), " "))).containsExactly("reviewNote");
        deadlines.reviewAba(c.reference(), "Kept to the agreement; no reports since it was signed");

        assertThat(pi).hasPassed(REVIEW_ABA).isWaitingAt(ABA_TERM_ENDS);
        Assertions.assertThat(singleTimer(pi).getDuedate()).isEqualTo(endOf(details.termEnd()));
        managementService.executeJob(singleTimer(pi).getId());

        assertThat(pi).hasPassed(ABA_TERM_ENDS, RECORD_ABA_TERM_ENDED).isWaitingAt(PROPOSE_STEP);
        Assertions.assertThat(escalation.details(c.reference()).timeline()).extracting(CaseDetails.Event::kind)
                .contains("ABA_REVIEWED", "ABA_TERM_ENDED");
        cases.close(c.reference(), escalation.details(c.reference()).version(), "ABA completed without breach");
        assertThat(pi).isEnded();
    }

    @Test
    @DisplayName("A CPN is refused while the CPW's time to comply runs, with the reason at the stage; once it has passed the CPN can be proposed and issued")
    void cpnFollowsTheCpwTimeToComply() {
        EscalationTestSupport.Case c = support.adultCase("Colin Comply");
        ProcessInstance pi = processOf(c);
        issue(c, Ladder.WARNING_LETTER, "Rubbish dumped in the garden");
        issue(c, Ladder.ABA, "Agreed to clear the garden");
        issue(c, Ladder.CPW, "Rubbish and waste left in the front garden attracting vermin");

        CaseDetails details = escalation.details(c.reference());
        Assertions.assertThat(details.complianceDate()).isEqualTo(LocalDate.now(CaseProcess.ZONE).plusDays(14));
        Assertions.assertThat(textOfDocument(c, Ladder.CPW)).as("written before its service: a period from service")
                .contains("must stop within 14 days of the day this warning is served on you")
                .doesNotContain(LETTER_DATE.format(details.complianceDate()));
        Assertions.assertThat(textOfDocument(c, Ladder.ABA)).as("an ABA runs from the day it is signed")
                .containsPattern("This agreement starts on the day it is signed and lasts \\d+ days\\.")
                .doesNotContain("ends on the day");
        assertThat(pi).isWaitingAt(TIME_TO_COMPLY_ENDS);
        Assertions.assertThat(singleTimer(pi).getDuedate()).isEqualTo(endOf(details.complianceDate()));

        support.runAs("caseworker");
        ProposalDraft tooEarly = EscalationTestSupport.cpn("Garden still full of waste", c.report());
        tooEarly.setSkipJustification("The neighbours cannot wait");
        List<FieldError> errors = errorsOf(() -> proposals.propose(c.reference(), tooEarly));
        Assertions.assertThat(errors).extracting(FieldError::field).containsExactly("stageCode");
        Assertions.assertThat(errors.get(0).message()).contains("time to comply has passed").contains("s43(5)")
                .contains("allows until").contains("cannot override");
        Assertions.assertThat(tooEarly.getConduct()).as("nothing typed is lost").isEqualTo("Garden still full of waste");
        assertThat(pi).isWaitingAt(TIME_TO_COMPLY_ENDS);

        managementService.executeJob(singleTimer(pi).getId());

        assertThat(pi).hasPassed(TIME_TO_COMPLY_ENDS, RECORD_TIME_TO_COMPLY_PASSED).isWaitingAt(PROPOSE_STEP);
        Assertions.assertThat(escalation.details(c.reference()).compliancePassed()).isTrue();

        support.runAs("caseworker");
        proposals.propose(c.reference(), EscalationTestSupport.cpn("Garden still full of waste after the "
                + "warning's deadline", c.report()));
        decide(c, Decision.APPROVE, null);
        support.serveToday(escalation, deadlines, c.reference());

        assertThat(pi).hasPassed(ISSUE_STEP, SERVE_STEP).isWaitingAt(WATCH_PERIOD_ENDS);
        String text = textOfDocument(c, Ladder.CPN);
        Assertions.assertThat(text)
                .as("its requirements").contains("To stop: Stop leaving waste in the front garden")
                .contains("To do: Clear the waste from the front garden - by "
                        + LETTER_DATE.format(LocalDate.now().plusDays(28)))
                .as("the appeal right").contains("appeal against this notice to the magistrates' court within 21 days "
                        + "of the day it is served on you.")
                .contains("section 46")
                .as("periods from service, not dates counted from approval")
                .contains("in force for 365 days from the day it is served on you")
                .doesNotContain(LETTER_DATE.format(LocalDate.now(CaseProcess.ZONE).plusDays(21)))
                .as("the consequences").contains("Remedial action (section 47)").contains("Offence (section 48)")
                .contains("forfeited").contains("Fixed penalty (section 52)");
        CaseDetails after = escalation.details(c.reference());
        Assertions.assertThat(after.ladderStageCode()).isEqualTo(Ladder.CPN);
        Assertions.assertThat(after.steps()).filteredOn(s -> s.stageCode().equals(Ladder.CPN))
                .singleElement().satisfies(s -> Assertions.assertThat(s.skip()).isFalse());
        Assertions.assertThat(after.termEnd()).isEqualTo(LocalDate.now(CaseProcess.ZONE).plusDays(365));
    }

    @Test
    @DisplayName("A CPN's 21 days to appeal run from its service beside the watch; an appeal lodged suspends its 'do' "
            + "requirements until the court decides; bad dates and a missing court are refused at their fields")
    void anAppealAgainstACpnSuspendsItsDoRequirementsUntilDecided() {
        EscalationTestSupport.Case c = support.adultCase("Aaron Appeal");
        ProcessInstance pi = processOf(c);
        servedCpn(c, pi);
        LocalDate today = LocalDate.now(CaseProcess.ZONE);
        Assertions.assertThat(timers(pi)).extracting(Job::getDuedate).as("the watch and the 21 days to appeal")
                .contains(endOf(today.plusDays(21)));

        support.runAs("caseworker");
        Assertions.assertThat(fieldsOf(() -> appeals.lodge(c.reference(), today.plusDays(1), " ", null)))
                .containsExactly("lodgedOn", "court");
        Assertions.assertThat(fieldsOf(() -> appeals.lodge(c.reference(), today.minusDays(1),
                "Sevenoaks Magistrates' Court", null))).as("before service").containsExactly("lodgedOn");
        Assertions.assertThat(fieldsOf(() -> appeals.lodge(c.reference(), today, "Sevenoaks Magistrates' Court",
                today.minusDays(1)))).containsExactly("hearingOn");
        Assertions.assertThat(fieldsOf(() -> appeals.decide(c.reference(), AppealResult.UPHELD, today, null)))
                .as("nothing lodged yet").containsExactly("result");

        Map<HeadlineFigure, Long> before = figuresToday();
        appeals.lodge(c.reference(), today, "Sevenoaks Magistrates' Court", today.plusDays(30));

        Assertions.assertThat(added(before, HeadlineFigure.COMMUNITY_PROTECTION_NOTICES_APPEALED)).isEqualTo(1);
        Assertions.assertThat(behindToday(HeadlineFigure.COMMUNITY_PROTECTION_NOTICES_APPEALED)).contains(c.reference());
        assertThat(pi).hasPassed(APPEAL_LODGED).isWaitingAt(RECORD_APPEAL_OUTCOME, WATCH_PERIOD_ENDS);
        assertThat(task(RECORD_APPEAL_OUTCOME, pi)).hasCandidateGroup("CASEWORKER");
        Assertions.assertThat(appeals.appeals(c.reference())).singleElement()
                .satisfies(a -> Assertions.assertThat(a.pending()).isTrue());
        Assertions.assertThat(fieldsOf(() -> appeals.lodge(c.reference(), today, "Another court", null)))
                .as("one appeal per notice").containsExactly("lodgedOn");
        Assertions.assertThat(fieldsOf(() -> appeals.decide(c.reference(), AppealResult.VARIED, today, " ")))
                .as("a varied notice needs the court's terms").containsExactly("requirements");
        Assertions.assertThat(fieldsOf(() -> appeals.decide(c.reference(), null, today.plusDays(1), null)))
                .containsExactly("result", "decidedOn");

        appeals.decide(c.reference(), AppealResult.UPHELD, today, "Notice upheld in full");

        assertThat(pi).hasPassed(RECORD_APPEAL_OUTCOME).isWaitingAt(WATCH_PERIOD_ENDS);
        Assertions.assertThat(appeals.appeals(c.reference())).singleElement().satisfies(a -> {
            Assertions.assertThat(a.result()).isEqualTo(AppealResult.UPHELD);
            Assertions.assertThat(a.pending()).isFalse();
        });
        Assertions.assertThat(escalation.details(c.reference()).timeline()).extracting(CaseDetails.Event::kind)
                .contains("APPEAL_LODGED", "APPEAL_DECIDED");
    }

    @Test
    @DisplayName("When the 21 days to appeal pass without an appeal the timer records it, and an appeal is refused after")
    void noAppealAfterTheTwentyOneDays() {
        EscalationTestSupport.Case c = support.adultCase("Nora No-Appeal");
        ProcessInstance pi = processOf(c);
        servedCpn(c, pi);
        LocalDate today = LocalDate.now(CaseProcess.ZONE);
        Job window = timers(pi).stream().filter(j -> j.getDuedate().equals(endOf(today.plusDays(21))))
                .findFirst().orElseThrow();

        managementService.executeJob(window.getId());

        assertThat(pi).hasPassed(APPEAL_WINDOW_ENDS, RECORD_APPEAL_WINDOW_CLOSED).isWaitingAt(WATCH_PERIOD_ENDS);
        Assertions.assertThat(escalation.details(c.reference()).timeline()).extracting(CaseDetails.Event::kind)
                .contains("APPEAL_WINDOW_CLOSED");
        support.runAs("caseworker");
        List<FieldError> late = errorsOf(() -> appeals.lodge(c.reference(), today, "Sevenoaks Magistrates' Court", null));
        Assertions.assertThat(late).extracting(FieldError::field).containsExactly("lodgedOn");
        Assertions.assertThat(late.get(0).message()).contains("21 days").contains("s46");
        cases.close(c.reference(), escalation.details(c.reference()).version(), "Complied with the notice");
        assertThat(pi).isEnded();
    }

    @Test
    @DisplayName("A confirmed breach of a CPN: a fixed penalty of the configured £100, payable within 14 days (a timer); "
            + "paid, the payment ends it; refused without a confirmed breach, and a second while one waits")
    void aFixedPenaltyPaidWithinFourteenDays() {
        EscalationTestSupport.Case c = support.adultCase("Fiona Fine");
        ProcessInstance pi = processOf(c);
        servedCpn(c, pi);
        LocalDate today = LocalDate.now(CaseProcess.ZONE);
        support.runAs("caseworker");
        Assertions.assertThat(fieldsOf(() -> penalties.issue(c.reference(), today))).containsExactly("breach");
        confirmBreach(c);
        Assertions.assertThat(fieldsOf(() -> penalties.issue(c.reference(), today.plusDays(1))))
                .containsExactly("issuedOn");

        Map<HeadlineFigure, Long> before = figuresToday();
        penalties.issue(c.reference(), today);

        assertThat(pi).hasPassed(FIXED_PENALTY_ISSUED);
        Assertions.assertThat(added(before, HeadlineFigure.FIXED_PENALTIES_ISSUED)).isEqualTo(1);
        Assertions.assertThat(added(before, HeadlineFigure.FIXED_PENALTIES_PAID)).isZero();
        Assertions.assertThat(timers(pi)).extracting(Job::getDuedate).contains(endOf(today.plusDays(14)));
        Assertions.assertThat(penalties.penalties(c.reference())).singleElement().satisfies(p -> {
            Assertions.assertThat(p.amountPence()).isEqualTo(10_000);
            Assertions.assertThat(p.paymentDue()).isEqualTo(today.plusDays(14));
        });
        Assertions.assertThat(fieldsOf(() -> penalties.issue(c.reference(), today))).containsExactly("breach");
        Assertions.assertThat(errorsOf(() -> prosecutions.prepare(c.reference(), "Sevenoaks Magistrates' Court", null,
                false, false))).as("no prosecution while the penalty may be paid").extracting(FieldError::message)
                .anyMatch(m -> m.contains("s52"));
        Assertions.assertThat(fieldsOf(() -> penalties.paid(c.reference(), today.minusDays(1))))
                .containsExactly("paidOn");

        penalties.paid(c.reference(), today);

        assertThat(pi).hasPassed(PENALTY_PAID).isNotEnded();
        Assertions.assertThat(added(before, HeadlineFigure.FIXED_PENALTIES_PAID)).as("counted on the day paid")
                .isEqualTo(1);
        Assertions.assertThat(behindToday(HeadlineFigure.FIXED_PENALTIES_PAID)).contains(c.reference());
        Assertions.assertThat(errorsOf(() -> prosecutions.prepare(c.reference(), "Sevenoaks Magistrates' Court", null,
                false, false))).as("paid, the liability for the breach is discharged").extracting(FieldError::message)
                .anyMatch(m -> m.contains("was paid") && m.contains("s52"));
        Assertions.assertThat(timers(pi)).extracting(Job::getDuedate).doesNotContain(endOf(today.plusDays(14)));
        Assertions.assertThat(penalties.penalties(c.reference())).singleElement()
                .satisfies(p -> Assertions.assertThat(p.status()).isEqualTo("PAID"));
    }

    @Test
    @DisplayName("A fixed penalty not paid within 14 days: the timer records it unpaid and the prosecution file follows")
    void anUnpaidFixedPenaltyOpensTheProsecutionFile() {
        EscalationTestSupport.Case c = support.adultCase("Ulric Unpaid");
        ProcessInstance pi = processOf(c);
        servedCpn(c, pi);
        LocalDate today = LocalDate.now(CaseProcess.ZONE);
        support.runAs("caseworker");
        confirmBreach(c);
        penalties.issue(c.reference(), today);
        Job due = timers(pi).stream().filter(j -> j.getDuedate().equals(endOf(today.plusDays(14)))).findFirst()
                .orElseThrow();

        managementService.executeJob(due.getId());

        assertThat(pi).hasPassed(PAYMENT_DUE_ENDS, RECORD_PENALTY_UNPAID);
        Assertions.assertThat(penalties.penalties(c.reference())).singleElement()
                .satisfies(p -> Assertions.assertThat(p.status()).isEqualTo("UNPAID"));
        Assertions.assertThat(escalation.details(c.reference()).timeline()).extracting(CaseDetails.Event::detail)
                .anyMatch(d -> d.contains("prosecution file"));
        Assertions.assertThat(fieldsOf(() -> penalties.paid(c.reference(), today))).containsExactly("paidOn");

        // Unpaid: the prosecution (s48), with a remedial order asked for; an order not asked for is not made.
        Assertions.assertThat(fieldsOf(() -> prosecutions.prepare(c.reference(), " ", null, true, false)))
                .containsExactly("court");
        Map<HeadlineFigure, Long> before = figuresToday();
        prosecutions.prepare(c.reference(), "Sevenoaks Magistrates' Court", today.plusDays(40), true, false);
        Assertions.assertThat(added(before, HeadlineFigure.PROSECUTIONS)).as("counted on the day brought").isEqualTo(1);
        Assertions.assertThat(behindToday(HeadlineFigure.PROSECUTIONS)).contains(c.reference());
        Assertions.assertThat(fieldsOf(() -> prosecutions.outcome(c.reference(),
                org.csucasework.escalation.ProsecutionOutcome.CONVICTED, today, true, true)))
                .containsExactly("forfeitureOrderMade");
        prosecutions.outcome(c.reference(), org.csucasework.escalation.ProsecutionOutcome.CONVICTED, today, true, false);
        Assertions.assertThat(prosecutions.prosecutions(c.reference())).singleElement().satisfies(p -> {
            Assertions.assertThat(p.outcome()).isEqualTo("CONVICTED");
            Assertions.assertThat(p.remedialOrderMade()).isTrue();
        });
    }

    @Test
    @DisplayName("Works in default after a confirmed breach of a CPN (s47): what, when, the cost; what is recovered "
            + "never exceeds what is owed")
    void worksInDefaultWithTheirCostRecovered() {
        EscalationTestSupport.Case c = support.adultCase("Wendy Works");
        ProcessInstance pi = processOf(c);
        servedCpn(c, pi);
        LocalDate today = LocalDate.now(CaseProcess.ZONE);
        support.runAs("caseworker");
        Assertions.assertThat(fieldsOf(() -> works.record(c.reference(), "Cleared the garden", today, 25_000)))
                .as("no confirmed breach yet").containsExactly("description");
        confirmBreach(c);
        Assertions.assertThat(fieldsOf(() -> works.record(c.reference(), " ", today.plusDays(1), null)))
                .containsExactly("description", "doneOn", "costPence");

        Map<HeadlineFigure, Long> before = figuresToday();
        Long id = works.record(c.reference(), "Contractor cleared the waste from the front garden", today, 25_000);
        Assertions.assertThat(added(before, HeadlineFigure.WORKS_IN_DEFAULT)).isEqualTo(1);
        Assertions.assertThat(behindToday(HeadlineFigure.WORKS_IN_DEFAULT)).contains(c.reference());
        Assertions.assertThat(fieldsOf(() -> works.recovered(c.reference(), id, 25_001))).containsExactly("recoveredPence");
        works.recovered(c.reference(), id, 10_000);

        Assertions.assertThat(works.works(c.reference())).singleElement().satisfies(w -> {
            Assertions.assertThat(w.costPence()).isEqualTo(25_000);
            Assertions.assertThat(w.recoveredPence()).isEqualTo(10_000);
        });
        Assertions.assertThat(escalation.details(c.reference()).timeline()).extracting(CaseDetails.Event::kind)
                .contains("WORKS_IN_DEFAULT", "WORKS_COST_RECOVERED");

        // The person's subject access export says what was done and what it cost them.
        support.runAs("supervisor");
        Assertions.assertThat(subjectAccess.export(c.personId()).escalationCases()).singleElement()
                .satisfies(record -> Assertions.assertThat(record.enforcement()).singleElement().satisfies(note -> {
                    Assertions.assertThat(note.kind()).isEqualTo("WORKS_IN_DEFAULT");
                    Assertions.assertThat(note.text()).contains("Contractor cleared the waste from the front garden",
                            "cost £250.00", "recovered £100.00");
                }));
    }

    @Test
    @DisplayName("A CPN the court quashed on appeal cannot be enforced: no fixed penalty, works in default or "
            + "prosecution follows a breach of it (s46)")
    void aQuashedNoticeCannotBeEnforced() {
        EscalationTestSupport.Case c = support.adultCase("Quentin Quashed");
        appealedCpn(c);
        LocalDate today = LocalDate.now(CaseProcess.ZONE);
        // A breach of its "stop" requirements while the appeal runs (they stand, s46); then the court quashes it.
        confirmBreach(c);
        appeals.decide(c.reference(), AppealResult.QUASHED, today, "The requirements were not reasonable");

        List<FieldError> penalty = errorsOf(() -> penalties.issue(c.reference(), today));
        Assertions.assertThat(penalty).extracting(FieldError::field).containsExactly("breach");
        Assertions.assertThat(penalty.get(0).message()).contains("quashed", "s46");
        Assertions.assertThat(fieldsOf(() -> works.record(c.reference(), "Cleared the garden", today, 25_000)))
                .containsExactly("description");
        Assertions.assertThat(fieldsOf(() -> prosecutions.prepare(c.reference(), "Sevenoaks Magistrates' Court",
                null, false, false))).containsExactly("court");
    }

    @Test
    @DisplayName("A CPN quashed on appeal ends in the process: the wait on its term and its breaches stops, the case "
            + "shows it quashed and stands at the warning again, and a new notice may be proposed as the ladder allows")
    void aQuashedNoticeEndsInTheProcess() {
        EscalationTestSupport.Case c = support.adultCase("Quinn Quashed-Wait");
        ProcessInstance pi = appealedCpn(c);
        LocalDate today = LocalDate.now(CaseProcess.ZONE);
        assertThat(pi).isWaitingAt(RECORD_APPEAL_OUTCOME, WATCH_PERIOD_ENDS);

        appeals.decide(c.reference(), AppealResult.QUASHED, today, "The requirements were not reasonable");

        assertThat(pi).hasPassed(STEP_IN_FORCE_ENDED).isWaitingAt(PROPOSE_STEP).isNotEnded();
        Assertions.assertThat(timers(pi)).as("nothing of the notice is waited for").isEmpty();
        CaseDetails details = escalation.details(c.reference());
        Assertions.assertThat(details.next()).isEqualTo("Notice quashed on appeal on "
                + org.csucasework.shared.ui.UkDates.day(today) + ": propose the next step or close the case");
        Assertions.assertThat(details.waitKind()).isEqualTo(WaitKind.NONE);
        Assertions.assertThat(details.ladderStageCode()).as("a quashed notice never had effect").isEqualTo(Ladder.CPW);
        Assertions.assertThat(appeals.appeals(c.reference())).singleElement()
                .satisfies(a -> Assertions.assertThat(a.requirementsInForce()).isEmpty());
        Assertions.assertThat(fieldsOf(() -> enforcement.reportBreach(c.reference(), "Waste dumped again", null)))
                .as("no breach of a notice that has no effect").containsExactly("breachDescription");

        // Once the CPW's time to comply is over (here: moved to yesterday), the ladder allows a new notice.
        jdbc.update("update escalation_step set compliance_date = ? where stage_code = 'CPW' and case_id = (select id "
                + "from escalation_case where reference = ?)", today.minusDays(1), c.reference());
        proposals.propose(c.reference(), EscalationTestSupport.cpn("Garden still full of waste", c.report()));
        assertThat(pi).isWaitingAt(DECIDE_STEP);
        decide(c, Decision.REJECT, "Try mediation first");
        assertThat(pi).as("nothing in force: back to proposing").isWaitingAt(PROPOSE_STEP);
    }

    @Test
    @DisplayName("A CPN quashed while a breach is being confirmed: the case does not go back to waiting on the notice")
    void aNoticeQuashedWhileABreachIsConsidered() {
        EscalationTestSupport.Case c = support.adultCase("Querida Quashed-Breach");
        ProcessInstance pi = appealedCpn(c);
        LocalDate today = LocalDate.now(CaseProcess.ZONE);
        enforcement.reportBreach(c.reference(), "Waste dumped in the garden again", null);
        assertThat(pi).isWaitingAt(CONFIRM_BREACH, RECORD_APPEAL_OUTCOME);

        appeals.decide(c.reference(), AppealResult.QUASHED, today, null);
        enforcement.confirmBreach(c.reference(), false, "Not the person's waste");

        assertThat(pi).isWaitingAt(PROPOSE_STEP);
        Assertions.assertThat(timers(pi)).isEmpty();
    }

    @Test
    @DisplayName("An ABA the person refused is not in force: its review and term are no longer waited for")
    void aRefusedAbaStopsItsTimers() {
        EscalationTestSupport.Case c = support.adultCase("Rory Refused");
        ProcessInstance pi = processOf(c);
        issueAba(c, "Agreed to keep the noise down");
        assertThat(pi).isWaitingAt(ABA_REVIEW_DUE);
        Long aba = escalation.details(c.reference()).steps().stream().filter(s -> s.stageCode().equals(Ladder.ABA))
                .findFirst().orElseThrow().id();
        support.runAs("caseworker");

        agreements.record(aba, org.csucasework.escalation.AgreementOutcome.REFUSED,
                LocalDate.now(CaseProcess.ZONE), false, null, List.of());

        assertThat(pi).hasPassed(STEP_IN_FORCE_ENDED).isWaitingAt(PROPOSE_STEP);
        Assertions.assertThat(timers(pi)).isEmpty();
        Assertions.assertThat(escalation.details(c.reference()).waitKind()).isEqualTo(WaitKind.NONE);
    }

    @Test
    @DisplayName("A CPN varied on appeal: the court's terms replace its requirements, kept with the appeal, each 'do' "
            + "deadline moved on by the days the appeal was in progress (s46(3)); the 'stop' ones keep none; the "
            + "notice stays in force and bad terms are refused at their fields")
    void aVariedNoticeHasTheCourtsTermsWithItsDoDeadlinesMovedOn() {
        EscalationTestSupport.Case c = support.adultCase("Vera Varied");
        ProcessInstance pi = processOf(c);
        servedCpn(c, pi);
        LocalDate today = LocalDate.now(CaseProcess.ZONE);
        // Lodged ten days ago (the notice was served today in this test, so move its service back too).
        LocalDate served = today.minusDays(12);
        jdbc.update("update escalation_step set served_on = ? where stage_code = 'CPN' and case_id = (select id "
                + "from escalation_case where reference = ?)", served, c.reference());
        support.runAs("caseworker");
        appeals.lodge(c.reference(), today.minusDays(10), "Sevenoaks Magistrates' Court", null);

        Assertions.assertThat(fieldsOf(() -> appeals.decide(c.reference(), AppealResult.VARIED, today, null,
                List.of()))).containsExactly("requirements");
        Assertions.assertThat(fieldsOf(() -> appeals.decide(c.reference(), AppealResult.VARIED, today, null,
                List.of(new org.csucasework.escalation.Requirement(org.csucasework.escalation.Requirement.Kind.DO,
                        " ", null))))).containsExactly("requirements[0].text", "requirements[0].deadline");
        Assertions.assertThat(fieldsOf(() -> appeals.decide(c.reference(), AppealResult.UPHELD, today, null,
                List.of(new org.csucasework.escalation.Requirement(org.csucasework.escalation.Requirement.Kind.STOP,
                        "Stop", null))))).as("only a varied notice gets new terms").containsExactly("requirements");

        LocalDate courtsDay = served.plusDays(40);
        appeals.decide(c.reference(), AppealResult.VARIED, today, "Clearing the garden only, not the drive",
                List.of(new org.csucasework.escalation.Requirement(org.csucasework.escalation.Requirement.Kind.STOP,
                                "Stop leaving waste in the front garden", null),
                        new org.csucasework.escalation.Requirement(org.csucasework.escalation.Requirement.Kind.DO,
                                "Clear the waste from the front garden", courtsDay)));

        assertThat(pi).hasPassed(RECORD_APPEAL_OUTCOME).hasNotPassed(STEP_IN_FORCE_ENDED).isWaitingAt(WATCH_PERIOD_ENDS);
        Assertions.assertThat(appeals.appeals(c.reference())).singleElement().satisfies(a -> {
            Assertions.assertThat(a.result()).isEqualTo(AppealResult.VARIED);
            Assertions.assertThat(a.requirementsInForce()).containsExactly(
                    new org.csucasework.escalation.Requirement(org.csucasework.escalation.Requirement.Kind.STOP,
                            "Stop leaving waste in the front garden", null),
                    new org.csucasework.escalation.Requirement(org.csucasework.escalation.Requirement.Kind.DO,
                            "Clear the waste from the front garden", courtsDay.plusDays(10)));
        });
        CaseDetails details = escalation.details(c.reference());
        Assertions.assertThat(details.steps()).filteredOn(s -> s.stageCode().equals(Ladder.CPN)).singleElement()
                .as("the served notice keeps what its paper said").satisfies(s -> Assertions.assertThat(
                        s.requirements()).extracting(org.csucasework.escalation.Requirement::text)
                        .containsExactly("Stop leaving waste in the front garden",
                                "Clear the waste from the front garden"));
        Assertions.assertThat(details.timeline()).extracting(CaseDetails.Event::detail)
                .anyMatch(d -> d.contains("moved on by the 10 days the appeal took"));
        Assertions.assertThat(details.ladderStageCode()).isEqualTo(Ladder.CPN);
    }

    @Test
    @DisplayName("A CPN upheld on appeal keeps its own requirements, each 'do' deadline moved on by the appeal's days")
    void anUpheldNoticeHasItsDoDeadlinesMovedOn() {
        EscalationTestSupport.Case c = support.adultCase("Umberto Upheld");
        ProcessInstance pi = processOf(c);
        servedCpn(c, pi);
        LocalDate today = LocalDate.now(CaseProcess.ZONE);
        jdbc.update("update escalation_step set served_on = ? where stage_code = 'CPN' and case_id = (select id "
                + "from escalation_case where reference = ?)", today.minusDays(5), c.reference());
        support.runAs("caseworker");
        appeals.lodge(c.reference(), today.minusDays(3), "Sevenoaks Magistrates' Court", null);
        appeals.decide(c.reference(), AppealResult.UPHELD, today, null);

        List<org.csucasework.escalation.Requirement> served = escalation.details(c.reference()).steps().stream()
                .filter(s -> s.stageCode().equals(Ladder.CPN)).findFirst().orElseThrow().requirements();
        Assertions.assertThat(appeals.appeals(c.reference())).singleElement().satisfies(a -> Assertions
                .assertThat(a.requirementsInForce()).containsExactlyElementsOf(served.stream().map(r -> r.deadline() == null
                        ? r : new org.csucasework.escalation.Requirement(r.kind(), r.text(), r.deadline().plusDays(3)))
                        .toList()));
    }

    @Test
    @DisplayName("A CPN is not served on or after the day one of its 'do' requirements is due: it would leave no time "
            + "to comply (s43(3))")
    void aNoticeIsNotServedWhenADoRequirementIsAlreadyDue() {
        EscalationTestSupport.Case c = support.adultCase("Della Deadline");
        ProcessInstance pi = processOf(c);
        approvedCpn(c, pi);
        LocalDate today = LocalDate.now(CaseProcess.ZONE);
        // Service was delayed until the day the clearance was to be done by.
        jdbc.update("update escalation_requirement set deadline = ? where kind = 'DO' and step_id = (select s.id"
                + " from escalation_step s join escalation_case k on k.id = s.case_id where k.reference = ?"
                + " and s.stage_code = 'CPN')", today, c.reference());
        support.runAs("caseworker");
        Long step = escalation.details(c.reference()).awaitingService().orElseThrow().id();

        List<FieldError> errors = errorsOf(() -> deadlines.serve(step, today, ServiceMethod.HAND_DELIVERED, "Pat Server"));

        Assertions.assertThat(errors).extracting(FieldError::field).containsExactly("servedOn");
        Assertions.assertThat(errors.get(0).message()).contains("Requirement 2", "leaves no time");
        assertThat(pi).isWaitingAt(SERVE_STEP);
    }

    @Test
    @DisplayName("A CPN without any CPW is refused naming s43(5), with or without a justification: there is no skip to a CPN")
    void cpnWithoutCpwIsRefusedWhateverTheJustification() {
        EscalationTestSupport.Case c = support.adultCase("Sid Skip");
        ProcessInstance pi = processOf(c);

        List<FieldError> errors = errorsOf(() -> proposals.propose(c.reference(),
                EscalationTestSupport.cpn("Threats with a knife", c.report())));
        Assertions.assertThat(errors).extracting(FieldError::field).containsExactly("stageCode");
        Assertions.assertThat(errors.get(0).message()).contains("no warning has been given").contains("s43(5)");

        ProposalDraft justified = EscalationTestSupport.cpn("Threats with a knife", c.report());
        justified.setSkipJustification("Risk of serious harm to the neighbours: a warning would not protect them");
        Assertions.assertThat(errorsOf(() -> proposals.propose(c.reference(), justified)))
                .extracting(FieldError::message).singleElement().asString().contains("s43(5)").contains("cannot override");

        assertThat(pi).isWaitingAt(PROPOSE_STEP);
        Assertions.assertThat(escalation.details(c.reference()).steps()).isEmpty();
    }

    @Test
    @DisplayName("A justified skip to a CPN proposed before the law was enforced, still in the queue, cannot be approved")
    void approvalCannotOverrideTheLaw() {
        EscalationTestSupport.Case c = support.adultCase("Andy Approval");
        ProcessInstance pi = processOf(c);
        support.runAs("caseworker");
        Long stepId = proposals.propose(c.reference(), proposal(Ladder.WARNING_LETTER, "Threats with a knife", c.report()));
        // What the queue held when the ladder still allowed a justified skip to a CPN (the brief's earlier error).
        jdbc.update("update escalation_step set stage_code = 'CPN', skip = true, skip_justification = ? where id = ?",
                "Risk of serious harm", stepId);

        support.runAs("supervisor");
        CaseDetails.StepView pending = escalation.details(c.reference()).pendingStep();
        List<FieldError> refused = errorsOf(() -> proposals.decide(pending.id(), pending.version(), Decision.APPROVE,
                "Skip approved given the risk"));
        Assertions.assertThat(refused).extracting(FieldError::field).containsExactly("decision");
        Assertions.assertThat(refused.get(0).message()).contains("Cannot be approved").contains("s43(5)");
        assertThat(pi).isWaitingAt(DECIDE_STEP);

        proposals.decide(pending.id(), pending.version(), Decision.REJECT, "A CPN needs a CPW first");
        assertThat(pi).isWaitingAt(PROPOSE_STEP);
    }

    @Test
    @DisplayName("Skipping a stage other than to a CPN also needs a justification; the skipped stages are named")
    void skippingAStageNeedsAJustification() {
        EscalationTestSupport.Case c = support.adultCase("Stella Stages");
        issue(c, Ladder.WARNING_LETTER, "Graffiti on the bus shelter");

        support.runAs("caseworker");
        List<FieldError> errors = errorsOf(() -> proposals.propose(c.reference(),
                proposal(Ladder.CPW, "More graffiti", c.report())));
        Assertions.assertThat(errors).extracting(FieldError::field).containsExactly("stageCode", "skipJustification");
        Assertions.assertThat(errors.get(0).message()).contains("skips Acceptable Behaviour Agreement");

        ProposalDraft justified = proposal(Ladder.CPW, "More graffiti", c.report());
        justified.setSkipJustification("He refuses to meet to sign an agreement");
        proposals.propose(c.reference(), justified);
        Assertions.assertThat(escalation.details(c.reference()).pendingStep().skip()).isTrue();
    }

    @Test
    @DisplayName("De-escalation lowers the person's stage with a reason and starts a watch period")
    void deEscalationIsRecordedWithAReason() {
        EscalationTestSupport.Case c = support.adultCase("Dora Down");
        ProcessInstance pi = processOf(c);
        issueAba(c, "Agreed to stop the abuse");
        support.runAs("caseworker");
        long version = escalation.details(c.reference()).version();
        Assertions.assertThat(fieldsOf(() -> cases.deEscalate(c.reference(), version, Ladder.WARNING_LETTER, "")))
                .containsExactly("deEscalateReason");

        cases.deEscalate(c.reference(), version, Ladder.WARNING_LETTER, "Moved away from the estate");

        assertThat(pi).hasPassed(DE_ESCALATED).isWaitingAt(WATCH_PERIOD_ENDS);
        CaseDetails details = escalation.details(c.reference());
        Assertions.assertThat(details.ladderStageCode()).isEqualTo(Ladder.WARNING_LETTER);
        Assertions.assertThat(details.waitKind()).isEqualTo(WaitKind.WATCH);
        Assertions.assertThat(details.timeline()).extracting(CaseDetails.Event::detail)
                .anyMatch(d -> d.contains("Moved away from the estate"));
    }

    @Test
    @DisplayName("Closing while a proposal waits withdraws it and ends the process; a closed case takes no proposal")
    void closingWithdrawsAWaitingProposal() {
        EscalationTestSupport.Case c = support.adultCase("Clara Closed");
        ProcessInstance pi = processOf(c);
        proposals.propose(c.reference(), proposal(Ladder.WARNING_LETTER, "Noise", c.report()));
        Assertions.assertThat(fieldsOf(() -> cases.close(c.reference(), escalation.details(c.reference()).version(), "")))
                .containsExactly("closeReason");

        cases.close(c.reference(), escalation.details(c.reference()).version(), "Moved out of the district");

        assertThat(pi).isEnded().hasPassed(CASE_CLOSED).hasNotPassed(ISSUE_STEP);
        Assertions.assertThat(escalation.details(c.reference()).steps()).extracting(CaseDetails.StepView::status)
                .containsExactly(StepStatus.WITHDRAWN);
        Assertions.assertThat(fieldsOf(() -> proposals.propose(c.reference(),
                proposal(Ladder.WARNING_LETTER, "Noise", c.report())))).containsExactly("case");
    }

    @Test
    @DisplayName("Caseworkers propose and supervisors decide: each is refused the other's part, and nobody decides their own proposal")
    void rolesAreCheckedInTheService() {
        EscalationTestSupport.Case c = support.adultCase("Rolf Roles");
        support.runAs("supervisor");
        assertThatThrownBy(() -> proposals.propose(c.reference(), proposal(Ladder.WARNING_LETTER, "Noise", c.report())))
                .isInstanceOf(AccessDeniedException.class);
        support.runAs("caseworker");
        proposals.propose(c.reference(), proposal(Ladder.WARNING_LETTER, "Noise", c.report()));
        CaseDetails.StepView pending = escalation.details(c.reference()).pendingStep();
        assertThatThrownBy(() -> proposals.decide(pending.id(), pending.version(), Decision.APPROVE, null))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @DisplayName("Process variables hold ids, codes, flags and dates only, never the person's name, address or conduct")
    void processVariablesHoldNoPersonalData() {
        EscalationTestSupport.Case c = support.adultCase("Vera Variables");
        ProcessInstance pi = processOf(c);
        issueAba(c, "Secret conduct text " + support.suffix);
        support.runAs("caseworker");
        support.reportAbout(null, null, c.personId(), "Further report " + support.suffix);

        List<HistoricVariableInstance> variables = historyService.createHistoricVariableInstanceQuery()
                .processInstanceId(pi.getId()).list();
        Assertions.assertThat(variables).isNotEmpty().allSatisfy(variable -> {
            Assertions.assertThat(variable.getName()).isIn(ALLOWED_VARIABLES);
            if (variable.getValue() != null) {
                Assertions.assertThat(variable.getValue()).isInstanceOfAny(Long.class, Integer.class, Boolean.class,
                        String.class, Date.class);
            }
            String text = String.valueOf(variable.getValue());
            Assertions.assertThat(text).doesNotContain(support.suffix);
        });
    }

    private List<String> fieldsOf(Runnable call) {
        return errorsOf(call).stream().map(FieldError::field).toList();
    }

    // --- Helpers -----------------------------------------------------------------------------------------------

    /** The text of the case's document of a stage, read as the caseworker. */
    private String textOfDocument(EscalationTestSupport.Case c, String stageCode) {
        support.runAs("caseworker");
        DocumentView document = escalation.details(c.reference()).documents().stream()
                .filter(d -> d.stageCode().equals(stageCode)).findFirst().orElseThrow();
        return EscalationTestSupport.textOf(escalation.document(document.id()).content());
    }

    /** Today's headline figures as the annual figures add them up from their sources. */
    private Map<HeadlineFigure, Long> figuresToday() {
        LocalDate today = LocalDate.now(CaseProcess.ZONE);
        Map<HeadlineFigure, Long> counts = new EnumMap<>(HeadlineFigure.class);
        figureSources.forEach(source -> source.count(today, today).forEach((f, n) -> counts.merge(f, n, Long::sum)));
        return counts;
    }

    private long added(Map<HeadlineFigure, Long> before, HeadlineFigure figure) {
        return figuresToday().get(figure) - before.get(figure);
    }

    /** The case references behind today's count of a figure (its drill-down). */
    private List<String> behindToday(HeadlineFigure figure) {
        LocalDate today = LocalDate.now(CaseProcess.ZONE);
        return figureSources.stream().filter(source -> source.listed().contains(figure))
                .flatMap(source -> source.records(figure, today, today).stream()).map(FigureRecord::reference).toList();
    }

    private ProcessInstance processOf(EscalationTestSupport.Case c) {
        return runtimeService.createProcessInstanceQuery().processDefinitionKey(KEY)
                .processInstanceBusinessKey(c.reference()).singleResult();
    }

    private void decide(EscalationTestSupport.Case c, Decision decision, String note) {
        support.runAs("supervisor");
        CaseDetails.StepView pending = escalation.details(c.reference()).pendingStep();
        proposals.decide(pending.id(), pending.version(), decision, note);
    }

    /** Proposes a step as the caseworker, has the supervisor approve it, and records it served today. */
    private void issue(EscalationTestSupport.Case c, String stageCode, String conduct) {
        support.runAs("caseworker");
        proposals.propose(c.reference(), proposal(stageCode, conduct, c.report()));
        decide(c, Decision.APPROVE, null);
        support.serveToday(escalation, deadlines, c.reference());
    }

    /** An ABA after the warning letter that comes before it on the ladder. */
    private void issueAba(EscalationTestSupport.Case c, String conduct) {
        issue(c, Ladder.WARNING_LETTER, "Warned first: " + conduct);
        issue(c, Ladder.ABA, conduct);
    }

    /** A CPN served today, after a warning letter, an ABA and a CPW whose time to comply has passed. */
    private void servedCpn(EscalationTestSupport.Case c, ProcessInstance pi) {
        approvedCpn(c, pi);
        support.serveToday(escalation, deadlines, c.reference());
    }

    /** A CPN served today and appealed the same day, as the caseworker, who stays signed in; the case's process. */
    private ProcessInstance appealedCpn(EscalationTestSupport.Case c) {
        ProcessInstance pi = processOf(c);
        servedCpn(c, pi);
        support.runAs("caseworker");
        appeals.lodge(c.reference(), LocalDate.now(CaseProcess.ZONE), "Sevenoaks Magistrates' Court", null);
        return pi;
    }

    /** A CPN approved today and waiting to be served, after the ladder's earlier steps and the CPW's time to comply. */
    private void approvedCpn(EscalationTestSupport.Case c, ProcessInstance pi) {
        issue(c, Ladder.WARNING_LETTER, "Rubbish dumped in the garden");
        issue(c, Ladder.ABA, "Agreed to clear the garden");
        issue(c, Ladder.CPW, "Rubbish and waste left in the front garden attracting vermin");
        managementService.executeJob(singleTimer(pi).getId());
        support.runAs("caseworker");
        proposals.propose(c.reference(), EscalationTestSupport.cpn("Garden still full of waste", c.report()));
        decide(c, Decision.APPROVE, null);
    }

    /** A breach of what is in force, reported and confirmed by the caseworker. */
    private void confirmBreach(EscalationTestSupport.Case c) {
        support.runAs("caseworker");
        enforcement.reportBreach(c.reference(), "Waste dumped in the garden again", null);
        enforcement.confirmBreach(c.reference(), true, "Seen by the officer");
    }

    private List<Job> timers(ProcessInstance pi) {
        return managementService.createJobQuery().processInstanceId(pi.getId()).timers().list();
    }

    private Job singleTimer(ProcessInstance pi) {
        List<Job> timers = managementService.createJobQuery().processInstanceId(pi.getId()).timers().list();
        Assertions.assertThat(timers).hasSize(1);
        return timers.get(0);
    }

    private static Date endOf(LocalDate day) {
        return Date.from(day.plusDays(1).atStartOfDay(CaseProcess.ZONE).toInstant());
    }

    private static Date startOf(LocalDate day) {
        return Date.from(day.atStartOfDay(CaseProcess.ZONE).toInstant());
    }
}
