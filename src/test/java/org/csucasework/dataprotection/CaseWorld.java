package org.csucasework.dataprotection;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.csucasework.escalation.CaseDetails;
import org.csucasework.escalation.Decision;
import org.csucasework.escalation.EscalationService;
import org.csucasework.escalation.EscalationCases;
import org.csucasework.escalation.EscalationProposals;
import org.csucasework.escalation.Ladder;
import org.csucasework.escalation.NewCase;
import org.csucasework.escalation.ProposalDraft;
import org.csucasework.escalation.ServiceMethod;
import org.csucasework.intake.LoggedReport;
import org.csucasework.intake.NewReport;
import org.csucasework.intake.ReportService;
import org.csucasework.intake.SubjectRole;
import org.csucasework.people.PersonDetails;
import org.csucasework.support.SignedIn;
import org.csucasework.taskgroups.GroupDraft;
import org.csucasework.taskgroups.GroupSummary;
import org.csucasework.taskgroups.SubjectKind;
import org.csucasework.taskgroups.SubjectOption;
import org.csucasework.taskgroups.TaskGroupService;
import org.csucasework.tasking.CloseReport;
import org.csucasework.tasking.ReportClosingService;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * A small world of case records made through the real services and processes (names unique per test, since the
 * test database is shared and never reset):
 * <ul>
 *   <li>Xavier, the subject of report {@code old} (reported by Rita), of an escalation case with an issued warning
 *       letter, and of a declined Task and Finish Group: all closed seven years ago;</li>
 *   <li>Zoe, the subject of report {@code oldAboutZoe} (anonymous, closed seven years ago) and of the open report
 *       {@code open};</li>
 *   <li>Yasmin, who reported {@code young}, closed today.</li>
 * </ul>
 */
class CaseWorld {

    final String suffix = UUID.randomUUID().toString().substring(0, 8);
    final Person xavier = new Person("Xavier Oldcase " + suffix, LocalDate.of(1981, 2, 3), "07700 955501",
            "xavier." + suffix + "@example.com", "9 Retention Row, Swanley " + suffix);
    final Person rita = new Person("Rita Reporter " + suffix, LocalDate.of(1970, 5, 6), "07700 955502",
            "rita." + suffix + "@example.com", "2 Witness Way, Hextable " + suffix);
    final Person zoe = new Person("Zoe Ongoing " + suffix, LocalDate.of(1994, 7, 8), "07700 955503",
            "zoe." + suffix + "@example.com", "4 Open Close, Sevenoaks " + suffix);
    final Person yasmin = new Person("Yasmin Young " + suffix, LocalDate.of(1988, 9, 10), "07700 955504",
            "yasmin." + suffix + "@example.com", "6 Recent Road, Edenbridge " + suffix);

    final String oldDescription = "Shouting and banging doors at night " + suffix;
    final String conduct = "Shouting abuse at neighbours over the fence " + suffix;
    LoggedReport old;
    LoggedReport oldAboutZoe;
    LoggedReport open;
    LoggedReport young;
    Long xavierId;
    Long ritaId;
    Long zoeId;
    Long yasminId;
    String caseReference;
    String groupReference;

    private final UserDetailsService userDetails;
    private final ReportService reports;
    private final ReportClosingService closing;
    private final EscalationService escalation;
    private final EscalationCases cases;
    private final EscalationProposals proposals;
    private final TaskGroupService groups;
    private final JdbcTemplate jdbc;

    record Person(String name, LocalDate dateOfBirth, String phone, String email, String address) {

        PersonDetails details() {
            return new PersonDetails(null, name, dateOfBirth, phone, email, address);
        }

        /** Everything that identifies the person, in the forms it could be written down in. */
        List<String> identifiers() {
            return List.of(name, dateOfBirth.toString(), dateOfBirth.format(java.time.format.DateTimeFormatter
                    .ofPattern("dd/MM/yyyy")), phone, phone.replace(" ", ""), email, address);
        }
    }

    private final org.csucasework.escalation.EscalationDeadlines deadlines;

    CaseWorld(UserDetailsService userDetails, ReportService reports, ReportClosingService closing,
              EscalationService escalation, EscalationCases cases, EscalationProposals proposals,
              org.csucasework.escalation.EscalationDeadlines deadlines, TaskGroupService groups, JdbcTemplate jdbc) {
        this.deadlines = deadlines;
        this.userDetails = userDetails;
        this.reports = reports;
        this.closing = closing;
        this.escalation = escalation;
        this.cases = cases;
        this.proposals = proposals;
        this.groups = groups;
        this.jdbc = jdbc;
    }

    CaseWorld build() {
        runAs("caseworker");
        old = log(rita, xavier, oldDescription);
        xavierId = reports.details(old.reference()).subjects().get(0).person().id();
        ritaId = reports.details(old.reference()).reporter().id();
        oldAboutZoe = log(null, zoe, "Graffiti on the garages " + suffix);
        zoeId = reports.details(oldAboutZoe.reference()).subjects().get(0).person().id();
        // Zoe again, chosen from the record as the form offers her (a name alone is a new person: decision 0020).
        open = logAbout(null, new PersonDetails(zoeId, zoe.name(), zoe.dateOfBirth(), null, null, null),
                "More graffiti " + suffix);
        young = log(yasmin, null, "Fly-tipping behind the shops " + suffix);
        yasminId = reports.details(young.reference()).reporter().id();

        // The escalation case about Xavier: a warning letter issued, then the case closed.
        caseReference = cases.open(new NewCase(old.reference(), xavierId, null, false, null, null));
        proposals.propose(caseReference, new ProposalDraft(Ladder.WARNING_LETTER, conduct, Set.of(old.id()),
                ServiceMethod.HAND_DELIVERED, null, null));
        runAs("supervisor");
        CaseDetails.StepView pending = escalation.details(caseReference).pendingStep();
        proposals.decide(pending.id(), pending.version(), Decision.APPROVE, "Agreed " + suffix);
        runAs("caseworker");
        deadlines.serve(pending.id(), LocalDate.now(java.time.ZoneId.of("Europe/London")), ServiceMethod.HAND_DELIVERED, "Pat Process-Server");
        cases.close(caseReference, escalation.details(caseReference).version(), "Behaviour stopped " + suffix);

        // A Task and Finish Group about Xavier, proposed and declined.
        GroupDraft draft = new GroupDraft();
        draft.setSubject(new SubjectOption(SubjectKind.PERSON, xavierId, xavier.name()));
        draft.setTitle(xavier.name());
        draft.setLeadUsername("police");
        draft.setMemberAgencyCodes(Set.of("KENT_POLICE", "SDC_CSU"));
        draft.setReason("Repeated reports about " + xavier.name());
        GroupSummary group = groups.propose(draft);
        groupReference = group.reference();
        runAs("supervisor");
        groups.decline(groupReference, "The escalation case covers it " + suffix);

        runAs("caseworker");
        closing.close(old.reference(), new CloseReport("RESOLVED", "Warning letter worked " + suffix, true, null));
        closing.close(oldAboutZoe.reference(), new CloseReport("RESOLVED", null, false, null));
        closing.close(young.reference(), new CloseReport("RESOLVED", null, true, null));
        SecurityContextHolder.clearContext();
        return this;
    }

    /** Moves the old records' dates seven years back, as if they had been closed then. */
    CaseWorld sevenYearsOn() {
        LocalDateTime longAgo = LocalDateTime.ofInstant(Instant.now(), ZoneOffset.UTC).minusYears(7);
        jdbc.update("update report set received_at = ?, closed_at = ? where id in (?, ?)", longAgo.minusDays(30),
                longAgo, old.id(), oldAboutZoe.id());
        jdbc.update("update escalation_case set closed_at = ?, created_at = ? where reference = ?", longAgo,
                longAgo.minusDays(20), caseReference);
        jdbc.update("update task_group set decided_at = ?, proposed_at = ? where reference = ?", longAgo,
                longAgo.minusDays(10), groupReference);
        return this;
    }

    void runAs(String username) {
        new SignedIn(userDetails).signIn(username);
    }

    private LoggedReport log(Person reporter, Person subject, String description) {
        return logAbout(reporter, subject == null ? null : subject.details(), description);
    }

    private LoggedReport logAbout(Person reporter, PersonDetails subject, String description) {
        return reports.log(new NewReport(Instant.now().minus(2, ChronoUnit.HOURS), "ASB_NUISANCE", "E05005008", null,
                "Test Parade " + suffix, "SDC_CSU", reporter == null, reporter == null ? null : reporter.details(),
                subject == null ? List.of() : List.of(new NewReport.Subject(SubjectRole.ALLEGED_PERPETRATOR,
                        subject)), description), null);
    }
}
