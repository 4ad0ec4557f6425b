package org.csucasework.demo;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.csucasework.intake.ReportService;
import org.csucasework.intake.ReportSummary;
import org.csucasework.marac.LawfulBasis;
import org.csucasework.marac.MaracReferralService;
import org.csucasework.marac.ReferralDraft;
import org.csucasework.marac.ReferralSummary;
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
 * One demo Community MARAC case: the police officer (a MARAC member) refers the family at 14 Stangrove Road, whose
 * neighbour dispute the demo reports describe, and the supervisor (the chair) accepts it onto the next meeting's
 * agenda. Through the real services, once, while there is no MARAC referral yet.
 */
@Component
@Order(50)
@ConditionalOnProperty(name = "casework.demo-data", havingValue = "true")
@RequiredArgsConstructor
class DemoMarac implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoMarac.class);
    private static final String PLACE = "14 Stangrove Road, Edenbridge";

    private final MaracReferralService referrals;
    private final ReportService reports;

    @Override
    public void run(ApplicationArguments args) {
        try {
            runAs("supervisor");
            if (!referrals.list(null).isEmpty()) {
                return;
            }
            runAs("police");
            ReferralDraft draft = referrals.newDraft(null);
            draft.setSubjectKind(org.csucasework.marac.MaracSubjectKind.FAMILY);
            draft.setFamilyName("Hughes");
            draft.setPersonName("Daniel Hughes");
            draft.setOtherMembers(List.of("Amy Hughes", "Leo Hughes"));
            draft.setCriteria(Set.of("ASB_DISPUTES_ENVIRONMENTAL", "VULNERABLE_ADULT_YOUNG_PERSON"));
            draft.setRiskSummary("Repeat victims of a neighbour dispute: threats over the fence, verbal abuse of the "
                    + "children on the way to school, the car damaged. The children are anxious about leaving home.");
            draft.setHistoryToBring("Three reports in three weeks; a warning letter issued to the neighbour.");
            draft.setReportReferences(reports.openOldestFirst(200).stream()
                    .filter(r -> PLACE.equals(r.placeLabel())).map(ReportSummary::reference).toList());
            draft.setLawfulBasis(LawfulBasis.CRIME_AND_DISORDER_ACT_S115);
            ReferralSummary submitted = referrals.submit(draft);

            runAs("supervisor");
            ReferralSummary accepted = referrals.accept(submitted.reference(),
                    "Meets the criteria: children affected");
            log.info("Demo Community MARAC case {} on the agenda of {}", accepted.reference(), accepted.nextMeeting());
        } catch (RuntimeException e) {
            // Demo data is a convenience: the product starts without it.
            log.warn("The demo Community MARAC case was not created ({})", e.getClass().getSimpleName());
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private void runAs(String username) {
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(username, null,
                Arrays.stream(new String[] {"ROLE_USER"}).map(SimpleGrantedAuthority::new).toList()));
    }
}
