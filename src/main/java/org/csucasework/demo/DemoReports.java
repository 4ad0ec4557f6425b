package org.csucasework.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.csucasework.actions.NewAction;
import org.csucasework.intake.NewReport;
import org.csucasework.intake.ReportService;
import org.csucasework.intake.ReportStatus;
import org.csucasework.intake.SubjectRole;
import org.csucasework.people.PersonDetails;
import org.csucasework.tasking.ReportActions;
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
 * A small, realistic set of reports for trying the daily tasking: logged through the real services (so each has its
 * process, flags and links), as the demo caseworker, on a database that has no reports yet. The people are invented.
 */
@Component
@Order(30)
@ConditionalOnProperty(name = "casework.demo-data", havingValue = "true")
@RequiredArgsConstructor
class DemoReports implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoReports.class);

    private final ReportService reports;
    private final ReportActions actions;
    private final Clock clock;

    private record Demo(int daysAgo, String category, String ward, String place, String source, String reporter,
                        String phone, SubjectRole role, String subject, String description) {
    }

    private static final List<Demo> DEMOS = List.of(
            new Demo(40, "ASB_YOUTH_GATHERING", "E05005031", "Bevan Place play area, Swanley", "KCC_WARDENS",
                    "Margaret Ellis", "07700 900101", SubjectRole.ALLEGED_PERPETRATOR, null,
                    "Group of young people gathering in the evenings, nitrous oxide canisters left behind."),
            new Demo(12, "ASB_YOUTH_GATHERING", "E05005031", "Bevan Place play area, Swanley", "KENT_POLICE",
                    "Margaret Ellis", "07700 900101", SubjectRole.ALLEGED_PERPETRATOR, null,
                    "Gathering again after dark, music and shouting until midnight."),
            new Demo(2, "ASB_CRIMINAL_DAMAGE", "E05005031", "Bevan Place play area, Swanley", "SDC_CSU",
                    null, null, SubjectRole.ALLEGED_PERPETRATOR, null,
                    "Swing seat cut and bench set alight overnight."),
            new Demo(20, "ASB_NEIGHBOUR", "E05005013", "14 Stangrove Road, Edenbridge", "WKHA",
                    "Daniel Hughes", "07700 900202", SubjectRole.ALLEGED_PERPETRATOR, "Craig Turner",
                    "Neighbour dispute: threats shouted over the fence, bins kicked over."),
            new Demo(6, "ASB_VERBAL_ABUSE", "E05005013", "14 Stangrove Road, Edenbridge", "KENT_POLICE",
                    "Daniel Hughes", "07700 900202", SubjectRole.ALLEGED_PERPETRATOR, "Craig Turner",
                    "Verbal abuse directed at the reporter's children on the way to school."),
            new Demo(1, "ASB_NEIGHBOUR", "E05005013", "14 Stangrove Road, Edenbridge", "SDC_CSU",
                    "Daniel Hughes", "07700 900202", SubjectRole.ALLEGED_PERPETRATOR, "Craig Turner",
                    "Car scratched; reporter believes the neighbour responsible."),
            new Demo(3, "ASB_FLY_TIPPING", "E05005019", "Castle Hill lay-by, Hartley", "SDC_DIRECT",
                    null, null, null, null, "Builders' waste and a mattress dumped in the lay-by."),
            new Demo(1, "NOIMUS", "E05005029", "Flat 3, 22 London Road, Sevenoaks", "SDC_EH",
                    "Priya Shah", "priya.shah@example.com", SubjectRole.ALLEGED_PERPETRATOR, null,
                    "Loud music from the flat above most nights after 11pm."),
            new Demo(0, "ASB_VEHICLE", "E05005020", "Egerton Avenue, Hextable", "KENT_POLICE",
                    null, null, null, null, "Off-road bikes ridden on the pavement and the recreation ground."),
            new Demo(0, "ASB_DRUGS", "E05005032", "Alder Way garages, Swanley", "KENT_POLICE",
                    "Tom Brennan", "07700 900303", null, null, "Suspected drug dealing from a car at the garages."));

    @Override
    public void run(ApplicationArguments args) {
        if (reports.countByStatus(ReportStatus.NEW) + reports.countByStatus(ReportStatus.IN_PROGRESS)
                + reports.countByStatus(ReportStatus.CLOSED) > 0) {
            return;
        }
        runAs("caseworker", "ROLE_CASEWORKER");
        try {
            Instant now = clock.instant();
            String firstReference = null;
            for (Demo demo : DEMOS) {
                boolean anonymous = demo.reporter() == null;
                List<NewReport.Subject> subjects = demo.subject() == null ? List.of()
                        : List.of(new NewReport.Subject(demo.role(), PersonDetails.named(demo.subject())));
                NewReport report = new NewReport(now.minus(Duration.ofDays(demo.daysAgo())).minus(Duration.ofHours(2)),
                        demo.category(), demo.ward(), null, demo.place(), demo.source(), anonymous,
                        anonymous ? null : new PersonDetails(null, demo.reporter(), null,
                                demo.phone().contains("@") ? null : demo.phone(),
                                demo.phone().contains("@") ? demo.phone() : null, null),
                        subjects, demo.description());
                String reference = reports.log(report, null).reference();
                if (firstReference == null) {
                    firstReference = reference;
                }
            }
            LocalDate today = LocalDate.now(clock);
            actions.assign(firstReference, new NewAction("KCC_WARDENS", "Patrol the play area at dusk for two weeks",
                    today.plusDays(7), null));
            actions.assign(firstReference, new NewAction("KENT_POLICE", "Add the play area to evening patrol plans",
                    today, null));
            log.info("Logged {} demo reports", DEMOS.size());
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private void runAs(String username, String... authorities) {
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(username, null,
                Arrays.stream(authorities).map(SimpleGrantedAuthority::new).toList()));
    }
}
