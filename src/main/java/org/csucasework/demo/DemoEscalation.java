package org.csucasework.demo;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.csucasework.escalation.CaseDetails;
import org.csucasework.escalation.Decision;
import org.csucasework.escalation.EscalationCases;
import org.csucasework.escalation.EscalationDeadlines;
import org.csucasework.shared.ui.UkDates;
import java.time.LocalDate;
import org.csucasework.escalation.EscalationProposals;
import org.csucasework.escalation.EscalationService;
import org.csucasework.escalation.Ladder;
import org.csucasework.escalation.NewCase;
import org.csucasework.escalation.ProposalDraft;
import org.csucasework.escalation.ServiceMethod;
import org.csucasework.intake.ReportDetails;
import org.csucasework.intake.ReportService;
import org.csucasework.intake.ReportSummary;
import org.csucasework.intake.SubjectRole;
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
 * One demo escalation case: the neighbour named in three demo reports gets a warning letter, proposed by the
 * caseworker, approved by the supervisor and served by hand, so the letters register and a generated PDF can be seen
 * at once.
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

    private void runAs(String username, String... authorities) {
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(username, null,
                Arrays.stream(authorities).map(SimpleGrantedAuthority::new).toList()));
    }
}
