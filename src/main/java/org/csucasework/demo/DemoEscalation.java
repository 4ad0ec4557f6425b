package org.csucasework.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.csucasework.escalation.AgreementOutcome;
import org.csucasework.escalation.CaseDetails;
import org.csucasework.escalation.Decision;
import org.csucasework.escalation.EscalationAgreements;
import org.csucasework.escalation.EscalationCases;
import org.csucasework.escalation.EscalationDeadlines;
import org.csucasework.escalation.EscalationLegalOutcomes;
import org.csucasework.escalation.EscalationProposals;
import org.csucasework.escalation.EscalationService;
import org.csucasework.escalation.Ladder;
import org.csucasework.escalation.LegalOutcomeDraft;
import org.csucasework.escalation.LegalOutcomeKind;
import org.csucasework.escalation.NewCase;
import org.csucasework.escalation.ProposalDraft;
import org.csucasework.escalation.ServiceMethod;
import org.csucasework.intake.LoggedReport;
import org.csucasework.intake.NewReport;
import org.csucasework.intake.ReportDetails;
import org.csucasework.intake.ReportService;
import org.csucasework.intake.ReportSummary;
import org.csucasework.intake.SubjectRole;
import org.csucasework.people.PersonDetails;
import org.csucasework.shared.ui.UkDates;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Three demo escalation cases, so a new user sees the ladder, an agreement and a court's order at once: the neighbour
 * named in three demo reports gets a warning letter (proposed by the caseworker, approved by the supervisor, served
 * by hand: the letters register and a generated PDF); a young man agrees an ABA at a meeting and signs it, with the
 * support offered; and a man the CSU took to court is under a civil injunction with a power of arrest.
 * Through the real services, once, while no escalation case exists.
 */
@Component
@Order(45)
@ConditionalOnProperty(name = "casework.demo-data", havingValue = "true")
@RequiredArgsConstructor
class DemoEscalation implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoEscalation.class);
    private static final String NEIGHBOUR = "Craig Turner";

    private final EscalationService escalation;
    private final EscalationCases cases;
    private final EscalationProposals proposals;
    private final EscalationDeadlines deadlines;
    private final ReportService reports;
    private final EscalationAgreements agreements;
    private final EscalationLegalOutcomes legalOutcomes;

    @Override
    public void run(ApplicationArguments args) {
        try {
            runAs("caseworker", "ROLE_CASEWORKER");
            if (!escalation.openCases(false).isEmpty()) {
                return;
            }
            for (ReportSummary report : reports.openOldestFirst(200)) {
                for (ReportDetails.Involved involved : escalation.peopleInReport(report.reference())) {
                    if (involved.role() == SubjectRole.ALLEGED_PERPETRATOR
                            && NEIGHBOUR.equals(involved.person().fullName())) {
                        openWithWarningLetter(report.reference(), involved.person().id());
                        openWithSignedAba();
                        openWithInjunction();
                        return;
                    }
                }
            }
        } catch (RuntimeException e) {
            // Demo data is a convenience: the product starts without it.
            log.warn("The demo escalation case was not created ({})", e.getClass().getSimpleName());
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private void openWithWarningLetter(String reportReference, Long personId) {
        String reference = cases.open(new NewCase(reportReference, personId, "14 Stangrove Road, Edenbridge",
                false, null, null));
        Set<Long> evidence = escalation.reportsAboutPerson(reference).stream().map(ReportSummary::id)
                .collect(Collectors.toSet());
        proposals.propose(reference, new ProposalDraft(Ladder.WARNING_LETTER,
                "Threats shouted at your neighbours over the fence, their bins kicked over, and verbal abuse directed "
                        + "at their children on the way to school.", evidence, ServiceMethod.HAND_DELIVERED, null, null));
        runAs("supervisor", "ROLE_SUPERVISOR");
        CaseDetails.StepView pending = escalation.details(reference).pendingStep();
        proposals.decide(pending.id(), pending.version(), Decision.APPROVE, "Three reports in three weeks");
        // Approval starts nothing: the letter's watch period runs from the day it was served.
        runAs("caseworker", "ROLE_CASEWORKER");
        deadlines.serve(pending.id(), LocalDate.now(UkDates.ZONE), ServiceMethod.HAND_DELIVERED, "Casey Caseworker");
        log.info("Demo escalation case {} with a served warning letter", reference);
    }

    /** A report about a named adult of the demo, and a case opened about them; returns the case reference. */
    private String caseAbout(String name, LocalDate dateOfBirth, String place, String description, String address) {
        runAs("caseworker", "ROLE_CASEWORKER");
        LoggedReport report = reports.log(new NewReport(Instant.now().minus(Duration.ofDays(9)), "ASB_NEIGHBOUR",
                "E05005013", null, place, "SDC_CSU", true, null,
                List.of(new NewReport.Subject(SubjectRole.ALLEGED_PERPETRATOR,
                        new PersonDetails(null, name, dateOfBirth, null, null, address))), description), null);
        Long personId = reports.details(report.reference()).subjects().get(0).person().id();
        return cases.open(new NewCase(report.reference(), personId, address, false, null, null));
    }

    /** An ABA put to the person at a meeting and signed there, with the support offered and what they will do. */
    private void openWithSignedAba() {
        LocalDate today = LocalDate.now(UkDates.ZONE);
        String reference = caseAbout("Jordan Hale", LocalDate.of(2006, 2, 14), "Rowan Close, Edenbridge",
                "Football kicked against the neighbours' cars and fence every evening; abuse when asked to stop.",
                "9 Rowan Close, Edenbridge");
        Set<Long> evidence = escalation.reportsAboutPerson(reference).stream().map(ReportSummary::id)
                .collect(Collectors.toSet());
        proposals.propose(reference, new ProposalDraft(Ladder.ABA, "Kicking a football against the neighbours' cars "
                + "and fence every evening, and abuse when asked to stop.", evidence, ServiceMethod.SIGNED_AT_MEETING,
                null, "He and his mother asked for a meeting after the first report: an agreement is the better start"));
        runAs("supervisor", "ROLE_SUPERVISOR");
        CaseDetails.StepView pending = escalation.details(reference).pendingStep();
        proposals.decide(pending.id(), pending.version(), Decision.APPROVE, "A meeting first is right here");
        runAs("caseworker", "ROLE_CASEWORKER");
        deadlines.serve(pending.id(), today, ServiceMethod.SIGNED_AT_MEETING, "Casey Caseworker");
        agreements.record(pending.id(), AgreementOutcome.SIGNED, today, false,
                "A place at the youth club's Thursday football sessions; a mentor from Early Help",
                List.of("Play football at the recreation ground, not in the close",
                        "Apologise to the neighbours at 11 Rowan Close"));
        log.info("Demo escalation case {} with a signed ABA", reference);
    }

    /** A civil injunction the court granted, with a power of arrest, after a referral to legal services. */
    private void openWithInjunction() {
        LocalDate today = LocalDate.now(UkDates.ZONE);
        String reference = caseAbout("Shane Doyle", LocalDate.of(1984, 9, 30), "Rowan Close, Edenbridge",
                "Threats to kill made to a neighbour on the doorstep; the neighbour's windows broken.",
                "3 Rowan Close, Edenbridge");
        legalOutcomes.record(reference, new LegalOutcomeDraft(LegalOutcomeKind.INJUNCTION, today.minusDays(20),
                today.plusDays(345), "Not to enter Rowan Close, Edenbridge; not to contact the residents of "
                + "5 Rowan Close directly or indirectly", null, true, false));
        log.info("Demo escalation case {} with a civil injunction", reference);
    }

    private void runAs(String username, String... authorities) {
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(username, null,
                Arrays.stream(authorities).map(SimpleGrantedAuthority::new).toList()));
    }
}
