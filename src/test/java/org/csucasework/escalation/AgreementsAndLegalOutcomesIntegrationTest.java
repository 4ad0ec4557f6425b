package org.csucasework.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.csucasework.escalation.EscalationTestSupport.errorsOf;
import static org.csucasework.escalation.EscalationTestSupport.proposal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.csucasework.escalation.EscalationAgreements.AgreementView;
import org.csucasework.escalation.EscalationLegalOutcomes.LegalOutcomeView;
import org.csucasework.escalation.process.CaseProcess;
import org.csucasework.intake.LoggedReport;
import org.csucasework.intake.ReportService;
import org.csucasework.reporting.HeadlineFigure;
import org.csucasework.reporting.HeadlineFigureSource;
import org.csucasework.shared.FieldError;
import org.csucasework.shared.NotFoundException;
import org.csucasework.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/** An ABA signed or refused, and the legal outcomes beyond the ladder, on the real application and PostgreSQL. */
@IntegrationTest
class AgreementsAndLegalOutcomesIntegrationTest {

    @Autowired
    UserDetailsService userDetailsService;
    @Autowired
    ReportService reports;
    @Autowired
    EscalationService escalation;
    @Autowired
    EscalationCases cases;
    @Autowired
    EscalationProposals proposals;
    @Autowired
    EscalationDeadlines deadlines;
    @Autowired
    EscalationAgreements agreements;
    @Autowired
    EscalationLegalOutcomes legalOutcomes;
    @Autowired
    List<HeadlineFigureSource> figureSources;

    private EscalationTestSupport support;
    private final LocalDate today = LocalDate.now(CaseProcess.ZONE);

    @BeforeEach
    void setUp() {
        support = new EscalationTestSupport(userDetailsService, reports, cases);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    @DisplayName("A young person's ABA is signed only with their parent or guardian; signed, it is on the case with its support and positive requirements, once")
    void aYoungPersonsAgreementIsSignedWithTheGuardian() {
        EscalationTestSupport.Case c = youngCase("Abby Agreed");
        issue(c, Ladder.WARNING_LETTER);
        Long aba = issue(c, Ladder.ABA);

        support.runAs("caseworker");
        assertThat(fields(() -> agreements.record(aba, AgreementOutcome.SIGNED, today, false, null, List.of())))
                .containsExactly("guardianSigned");
        agreements.record(aba, AgreementOutcome.SIGNED, today, true, "A place at the Swanley youth club",
                List.of("Attend the youth club each Tuesday", " "));

        AgreementView signed = agreements.agreements(c.reference()).get(0);
        assertThat(signed.stepId()).isEqualTo(aba);
        assertThat(signed.outcome()).isEqualTo(AgreementOutcome.SIGNED);
        assertThat(signed.decidedOn()).isEqualTo(today);
        assertThat(signed.guardianSigned()).isTrue();
        assertThat(signed.supportOffered()).isEqualTo("A place at the Swanley youth club");
        assertThat(signed.positiveRequirements()).containsExactly("Attend the youth club each Tuesday");
        assertThat(escalation.details(c.reference()).timeline()).filteredOn(e -> e.kind().equals("ABA_SIGNED"))
                .singleElement().satisfies(e -> assertThat(e.detail()).contains("parent or guardian"));
        assertThat(errorsOf(() -> agreements.record(aba, AgreementOutcome.REFUSED, today, false, null, null)))
                .extracting(FieldError::message).singleElement().asString().startsWith("Already recorded: signed");
    }

    @Test
    @DisplayName("A refused ABA is recorded with its day and stays in the history as evidence; only a served ABA, from its service to today")
    void aRefusedAgreementIsRecorded() {
        EscalationTestSupport.Case c = support.adultCase("Rex Refused");
        Long letter = issue(c, Ladder.WARNING_LETTER);
        support.runAs("caseworker");
        assertThat(fields(() -> agreements.record(letter, AgreementOutcome.SIGNED, today, false, null, null)))
                .containsExactly("outcome");
        proposals.propose(c.reference(), proposal(Ladder.ABA, "Abuse at the bus stop", c.report()));
        support.runAs("supervisor");
        CaseDetails.StepView pending = escalation.details(c.reference()).pendingStep();
        proposals.decide(pending.id(), pending.version(), Decision.APPROVE, null);
        support.runAs("caseworker");
        assertThat(fields(() -> agreements.record(pending.id(), AgreementOutcome.REFUSED, today, false, null, null)))
                .as("approved is not served").containsExactly("outcome");
        support.serveToday(escalation, deadlines, c.reference());

        assertThat(fields(() -> agreements.record(pending.id(), AgreementOutcome.REFUSED, today.minusDays(1), false,
                null, null))).containsExactly("decidedOn");
        assertThat(fields(() -> agreements.record(pending.id(), AgreementOutcome.REFUSED, today.plusDays(1), false,
                null, null))).containsExactly("decidedOn");
        assertThat(fields(() -> agreements.record(pending.id(), null, today, true, null, null)))
                .containsExactly("outcome");
        assertThat(fields(() -> agreements.record(pending.id(), AgreementOutcome.REFUSED, today, true, null, null)))
                .containsExactly("guardianSigned");
        support.runAs("police");
        assertThatThrownBy(() -> agreements.record(pending.id(), AgreementOutcome.REFUSED, today, false, null, null))
                .as("a case not shared with the police is not theirs to see")
                .isInstanceOf(org.csucasework.shared.NotFoundException.class);

        // An authorised partner agency's officer (s53) records it on a case of their agency.
        support.runAs("caseworker");
        cases.share(c.reference(), "KENT_POLICE", "The police officer attends the meeting");
        support.runAs("police");
        assertThat(agreements.mayRecord()).isTrue();
        agreements.record(pending.id(), AgreementOutcome.REFUSED, today, false, "Referral to the mental health team",
                List.of());
        assertThat(agreements.agreements(c.reference())).extracting(AgreementView::outcome)
                .containsExactly(AgreementOutcome.REFUSED);
        assertThat(escalation.details(c.reference()).timeline()).filteredOn(e -> e.kind().equals("ABA_REFUSED"))
                .singleElement().satisfies(e -> assertThat(e.detail()).contains("evidence for the next step")
                        .contains("Referral to the mental health team"));
    }

    @Test
    @DisplayName("An injunction against a person under 18 needs the youth offending team consulted (s14); recorded, it is breached on a day it runs")
    void aYoungPersonsInjunction() {
        EscalationTestSupport.Case c = youngCase("Ian Injunction");
        HeadlineFigureSource figures = legalFigures();
        long before = figures.count(today, today).get(HeadlineFigure.INJUNCTIONS_GRANTED);
        LegalOutcomeDraft injunction = new LegalOutcomeDraft(LegalOutcomeKind.INJUNCTION, today, today.plusMonths(6),
                "Not to enter the Bradbourne estate", null, true, false);

        support.runAs("caseworker");
        assertThat(fields(() -> legalOutcomes.record(c.reference(), injunction)))
                .containsExactly("youthOffendingTeamConsulted");
        Long id = legalOutcomes.record(c.reference(), new LegalOutcomeDraft(LegalOutcomeKind.INJUNCTION, today,
                today.plusMonths(6), "Not to enter the Bradbourne estate", null, true, true));
        assertThat(fields(() -> legalOutcomes.breach(c.reference(), id, today.minusDays(1), "Seen on the estate")))
                .containsExactly("breachOn");
        legalOutcomes.breach(c.reference(), id, today, "Seen on the estate at 10pm");

        LegalOutcomeView recorded = legalOutcomes.outcomes(c.reference()).get(0);
        assertThat(recorded.kind()).isEqualTo(LegalOutcomeKind.INJUNCTION);
        assertThat(recorded.powerOfArrest()).isTrue();
        assertThat(recorded.youthOffendingTeamConsulted()).isTrue();
        assertThat(recorded.expiresOn()).isEqualTo(today.plusMonths(6));
        assertThat(recorded.breaches()).extracting(EscalationLegalOutcomes.BreachView::description)
                .containsExactly("Seen on the estate at 10pm");
        assertThat(escalation.details(c.reference()).timeline()).extracting(CaseDetails.Event::kind)
                .contains("LEGAL_OUTCOME", "LEGAL_OUTCOME_BREACHED");
        assertThat(figures.count(today, today).get(HeadlineFigure.INJUNCTIONS_GRANTED)).isEqualTo(before + 1);
        assertThat(figures.records(HeadlineFigure.INJUNCTIONS_GRANTED, today, today))
                .anyMatch(r -> r.reference().equals(c.reference()));

        EscalationTestSupport.Case other = support.adultCase("Olly Other");
        assertThatThrownBy(() -> legalOutcomes.breach(other.reference(), id, today, "On another case"))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    @DisplayName("A closure order on a business's premises: 3 months (s80), extended to 6 months in all (s82); no injunction against a business")
    void aClosureOrderOnABusiness() {
        support.runAs("caseworker");
        LoggedReport report = support.reportAbout("Nigel Nightclub " + support.suffix, LocalDate.of(1980, 1, 1), null,
                "Fights outside the club every weekend");
        String reference = cases.open(NewCase.forBody(report.reference(), "The Late Lounge " + support.suffix,
                "1 High Street, Swanley"));
        HeadlineFigureSource figures = legalFigures();
        Map<HeadlineFigure, Long> before = figures.count(today, today);

        assertThat(fields(() -> legalOutcomes.record(reference, new LegalOutcomeDraft(LegalOutcomeKind.INJUNCTION,
                today, null, "Not to play music", null, false, false)))).containsExactly("kind");
        assertThat(fields(() -> legalOutcomes.record(reference, closureOrder(today.plusMonths(3).plusDays(1)))))
                .containsExactly("expiresOn");
        Long id = legalOutcomes.record(reference, closureOrder(today.plusMonths(3)));
        assertThat(fields(() -> legalOutcomes.extend(reference, id, today.plusMonths(6).plusDays(1))))
                .containsExactly("extendedTo");
        legalOutcomes.extend(reference, id, today.plusMonths(6));

        LegalOutcomeView order = legalOutcomes.outcomes(reference).get(0);
        assertThat(order.expiresOn()).isEqualTo(today.plusMonths(6));
        assertThat(order.firstExpiresOn()).isEqualTo(today.plusMonths(3));
        assertThat(order.premises()).isEqualTo("The Late Lounge, 1 High Street, Swanley");
        Map<HeadlineFigure, Long> after = figures.count(today, today);
        assertThat(after.get(HeadlineFigure.CLOSURE_ORDERS)).isEqualTo(before.get(HeadlineFigure.CLOSURE_ORDERS) + 1);
        assertThat(after.get(HeadlineFigure.CRIMINAL_BEHAVIOUR_ORDERS))
                .isEqualTo(before.get(HeadlineFigure.CRIMINAL_BEHAVIOUR_ORDERS));
        assertThat(after.keySet()).containsExactlyInAnyOrder(HeadlineFigure.INJUNCTIONS_GRANTED,
                HeadlineFigure.CRIMINAL_BEHAVIOUR_ORDERS, HeadlineFigure.CLOSURE_ORDERS);

        support.runAs("analyst");
        assertThatThrownBy(() -> legalOutcomes.record(reference, closureOrder(today.plusMonths(1))))
                .isInstanceOf(AccessDeniedException.class);
    }

    private LegalOutcomeDraft closureOrder(LocalDate expiresOn) {
        return new LegalOutcomeDraft(LegalOutcomeKind.CLOSURE_ORDER, today, expiresOn, null,
                "The Late Lounge, 1 High Street, Swanley", false, false);
    }

    private HeadlineFigureSource legalFigures() {
        return figureSources.stream()
                .filter(s -> s.count(today, today).containsKey(HeadlineFigure.CLOSURE_ORDERS))
                .findFirst().orElseThrow();
    }

    /** As the caseworker: a case about someone who is 15 today, with their guardian. */
    private EscalationTestSupport.Case youngCase(String name) {
        support.runAs("caseworker");
        LoggedReport report = support.reportAbout(name + " " + support.suffix, today.minusYears(15), null,
                "Throwing stones at buses");
        Long personId = support.personOf(report);
        String reference = cases.open(new NewCase(report.reference(), personId, "3 Stone Row, Swanley", false,
                "Gina Guardian", "3 Stone Row, Swanley"));
        return new EscalationTestSupport.Case(reference, personId, report);
    }

    private Long issue(EscalationTestSupport.Case c, String stageCode) {
        return support.issue(escalation, proposals, deadlines, c, stageCode);
    }

    private static List<String> fields(Runnable call) {
        return errorsOf(call).stream().map(FieldError::field).toList();
    }
}
