package org.csucasework.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.csucasework.actions.NewAction;
import org.csucasework.taskgroups.GroupActionPlan;
import org.csucasework.taskgroups.GroupDraft;
import org.csucasework.taskgroups.GroupFilter;
import org.csucasework.taskgroups.GroupStatus;
import org.csucasework.taskgroups.GroupSummary;
import org.csucasework.taskgroups.NewSiteVisit;
import org.csucasework.taskgroups.SiteVisitService;
import org.csucasework.taskgroups.TaskGroupService;
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
 * One demo Task and Finish Group: the demo reports about the Bevan Place play area reach the threshold and propose a
 * group; here the supervisor approves it, the caseworker sets it up, adds an action and records a site visit. Through
 * the real services, once, while no group has been approved yet.
 */
@Component
@Order(40)
@ConditionalOnProperty(name = "casework.demo-data", havingValue = "true")
@RequiredArgsConstructor
class DemoTaskGroups implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoTaskGroups.class);

    private final TaskGroupService groups;
    private final GroupActionPlan actionPlan;
    private final SiteVisitService siteVisits;
    private final Clock clock;

    @Override
    public void run(ApplicationArguments args) {
        try {
            runAs("supervisor", "ROLE_SUPERVISOR");
            if (!groups.list(new GroupFilter(EnumSet.of(GroupStatus.OPEN, GroupStatus.CLOSED), null, null, null, null))
                    .isEmpty()) {
                return;
            }
            List<GroupSummary> proposals = groups.approvalQueue().stream()
                    .filter(g -> g.title().startsWith("Bevan Place")).toList();
            if (proposals.isEmpty()) {
                return;
            }
            GroupSummary group = proposals.get(0);
            groups.approve(group.reference(), "Third report in six weeks; wardens and police both involved");

            runAs("caseworker", "ROLE_CASEWORKER");
            LocalDate today = LocalDate.now(clock);
            GroupDraft draft = groups.draftOf(group.reference());
            draft.setTitle("Bevan Place play area, Swanley");
            draft.setLeadUsername("caseworker");
            draft.setMemberAgencyCodes(Set.of("SDC_CSU", "KCC_WARDENS", "KENT_POLICE", "WKHA"));
            draft.setFirstMeetingDate(today.plusDays(5));
            groups.setUp(draft);
            actionPlan.add(group.reference(), new NewAction("WKHA", "Repair the play area fence and the swing",
                    today.plusDays(14), null));
            siteVisits.record(new NewSiteVisit(group.subjectId(), group.reference(), today,
                    Set.of("SDC_CSU", "KCC_WARDENS", "KENT_POLICE"),
                    "Nitrous oxide canisters, a burnt bench and a cut swing seat; no lighting after dusk.",
                    null, List.of(new NewAction("SDC_DIRECT", "Clear the canisters and the burnt bench",
                    today.plusDays(3), null))));
            log.info("Demo Task and Finish Group {} set up", group.reference());
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private void runAs(String username, String... authorities) {
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(username, null,
                Arrays.stream(authorities).map(SimpleGrantedAuthority::new).toList()));
    }
}
