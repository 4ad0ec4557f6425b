package org.csucasework.dataprotection;

import org.csucasework.marac.MaracFixtures;
import org.csucasework.marac.MaracReferralService;
import org.csucasework.marac.ReferralDraft;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.csucasework.escalation.EscalationService;
import org.csucasework.escalation.EscalationCases;
import org.csucasework.escalation.EscalationProposals;
import org.csucasework.intake.ReportService;
import org.csucasework.reporting.FiguresService;
import org.csucasework.reporting.HeadlineFigures;
import org.csucasework.reporting.MonthlyTable;
import org.csucasework.reporting.Period;
import org.csucasework.support.IntegrationTest;
import org.csucasework.support.RunAs;
import org.csucasework.shared.Role;
import org.csucasework.taskgroups.TaskGroupService;
import org.csucasework.tasking.ReportClosingService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The retention policy on the real application and PostgreSQL: the dry run, the run, and the figures after it. */
@IntegrationTest
class RetentionIntegrationTest {

    @Autowired
    UserDetailsService userDetailsService;
    @Autowired
    ReportService reports;
    @Autowired
    ReportClosingService closing;
    @Autowired
    EscalationService escalation;
    @Autowired
    EscalationCases cases;
    @Autowired
    EscalationProposals proposals;
    @Autowired
    org.csucasework.escalation.EscalationDeadlines deadlines;
    @Autowired
    TaskGroupService groups;
    @Autowired
    RetentionService retention;
    @Autowired
    FiguresService figures;
    @Autowired
    RetentionJob job;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MaracReferralService referrals;

    CaseWorld world;

    @BeforeEach
    void buildWorld() {
        world = new CaseWorld(userDetailsService, reports, closing, escalation, cases, proposals, deadlines, groups, jdbc).build().sevenYearsOn();
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    @DisplayName("The dry run lists the closed records past six years and the people in them, and changes nothing")
    void dryRunListsWithoutChanging() {
        RetentionPlan plan = RunAs.administrator(retention::dryRun);

        assertThat(plan.records()).extracting(RetentionCandidate::reference)
                .contains(world.old.reference(), world.oldAboutZoe.reference(), world.caseReference,
                        world.groupReference)
                .doesNotContain(world.open.reference(), world.young.reference());
        assertThat(plan.people()).isGreaterThanOrEqualTo(2);
        assertThat(plan.reports()).isGreaterThanOrEqualTo(2);
        assertThat(plan.taskGroups()).isGreaterThanOrEqualTo(1);
        assertThat(plan.escalationCases()).isGreaterThanOrEqualTo(1);

        assertThat(description(world.old.id())).isEqualTo(world.oldDescription);
        assertThat(person(world.xavierId)).containsEntry("full_name", world.xavier.name())
                .containsEntry("address", world.xavier.address());
        assertThat(person(world.ritaId)).containsEntry("full_name", world.rita.name());
        assertThat(letterPdfs()).isEqualTo(1);
        assertThat(jdbc.queryForObject("select anonymised_at from report where id = ?", Object.class,
                world.old.id())).isNull();
    }

    @Test
    @DisplayName("The run anonymises the closed records past age and the people only in them; younger and open ones stay")
    void runAnonymisesPastAgeAndLeavesTheRest() {
        RetentionResult result = RunAs.administrator(retention::runNow);

        assertThat(result.reports()).isGreaterThanOrEqualTo(2);
        // Xavier and Rita appear only in records past age: anonymised, the rows kept.
        for (Long id : List.of(world.xavierId, world.ritaId)) {
            Map<String, Object> person = person(id);
            assertThat(person.get("full_name")).isEqualTo("Anonymised person");
            assertThat(person.get("date_of_birth")).isNull();
            assertThat(person.get("phone")).isNull();
            assertThat(person.get("email")).isNull();
            assertThat(person.get("address")).isNull();
            assertThat(person.get("anonymised_at")).isNotNull();
        }
        assertThat(description(world.old.id())).isEqualTo("[anonymised]");
        assertThat(jdbc.queryForObject("select outcome_note from report where id = ?", String.class, world.old.id()))
                .isEqualTo("[anonymised]");
        assertThat(jdbc.queryForObject("select status from report where id = ?", String.class, world.old.id()))
                .isEqualTo("CLOSED");

        // The escalation case: no address, the conduct and the letters' recipients gone, the letter PDF deleted.
        Map<String, Object> escalationCase = jdbc.queryForMap("select * from escalation_case where reference = ?",
                world.caseReference);
        assertThat(escalationCase.get("letter_address")).isNull();
        assertThat(escalationCase.get("closure_reason")).isEqualTo("[anonymised]");
        assertThat(jdbc.queryForList("select conduct from escalation_step s join escalation_case c on c.id = s.case_id"
                + " where c.reference = ?", String.class, world.caseReference)).containsOnly("[anonymised]");
        assertThat(jdbc.queryForList("select recipient_name from escalation_document d join escalation_case c"
                + " on c.id = d.case_id where c.reference = ?", String.class, world.caseReference))
                .containsOnly("[anonymised]");
        assertThat(letterPdfs()).isZero();
        assertThat(jdbc.queryForList("select detail from case_history_entry e join escalation_case c on c.id = e.case_id"
                + " where e.case_kind = 'ESCALATION_CASE' and c.reference = ? and detail is not null", String.class, world.caseReference))
                .containsOnly("[anonymised]");

        // The group: its title named Xavier.
        assertThat(jdbc.queryForMap("select title, proposal_reason, decision_note from task_group where reference = ?",
                world.groupReference)).containsValues("[anonymised]").doesNotContainValue(world.xavier.name());

        // Zoe is in an open report: she stays, and so does that report; the old report about her is anonymised.
        assertThat(person(world.zoeId)).containsEntry("full_name", world.zoe.name())
                .containsEntry("address", world.zoe.address()).containsEntry("anonymised_at", null);
        assertThat(description(world.oldAboutZoe.id())).isEqualTo("[anonymised]");
        assertThat(description(world.open.id())).isEqualTo("More graffiti " + world.suffix);
        // Yasmin's report was closed today.
        assertThat(description(world.young.id())).isEqualTo("Fly-tipping behind the shops " + world.suffix);
        assertThat(person(world.yasminId)).containsEntry("full_name", world.yasmin.name());

        // Recorded, and a second run finds nothing more of these.
        assertThat(jdbc.queryForObject("select count(*) from data_protection_event where kind = 'RETENTION_RUN'"
                + " and occurred_at >= ?", Long.class, java.time.LocalDateTime.ofInstant(result.at(), ZoneOffset.UTC)
                .minusSeconds(1))).isGreaterThanOrEqualTo(1);
        assertThat(RunAs.administrator(retention::dryRun).records()).extracting(RetentionCandidate::reference)
                .doesNotContain(world.old.reference(), world.caseReference, world.groupReference);
    }

    @Test
    @DisplayName("Someone in a Community MARAC referral is kept, though every other record about them is past age")
    void aPersonInAMaracReferralIsKept() {
        MaracFixtures marac = new MaracFixtures(userDetailsService, referrals);
        ReferralDraft draft = marac.draft("ignored");
        draft.setPersonId(world.xavierId);
        draft.setPersonName(world.xavier.name());
        marac.runAs("police");
        referrals.submit(draft);
        SecurityContextHolder.clearContext();

        RunAs.administrator(retention::runNow);

        assertThat(person(world.xavierId)).containsEntry("full_name", world.xavier.name())
                .containsEntry("anonymised_at", null);
        assertThat(person(world.ritaId)).containsEntry("full_name", "Anonymised person");
    }

    @Test
    @DisplayName("The annual figures of the year the old cases fall in are the same after they are anonymised")
    void figuresDoNotChange() {
        LocalDate received = jdbc.queryForObject("select received_at from report where id = ?",
                java.time.LocalDateTime.class, world.old.id()).toLocalDate();
        Period year = RunAs.user("analyst", () -> figures.yearFrom(received.withDayOfMonth(1)), Role.ANALYST);
        HeadlineFigures headlineBefore = RunAs.user("analyst", () -> figures.headline(year), Role.ANALYST);
        List<MonthlyTable> tablesBefore = RunAs.user("analyst", () -> figures.allTables(year), Role.ANALYST);
        assertThat(headlineBefore.rows()).isNotEmpty();

        RunAs.administrator(retention::runNow);

        assertThat(RunAs.user("analyst", () -> figures.headline(year), Role.ANALYST)).isEqualTo(headlineBefore);
        assertThat(RunAs.user("analyst", () -> figures.allTables(year), Role.ANALYST)).isEqualTo(tablesBefore);
    }

    @Test
    @DisplayName("The nightly job skips while another node holds the lease, and runs the policy once it is free")
    void nightlyJobRunsOnOneNodeAtATime() {
        LocalDateTime farAhead = LocalDateTime.now(ZoneOffset.UTC).plusHours(1);
        jdbc.update("update scheduled_job_lock set locked_until = ?, locked_by = 'the-other-node' where name = ?",
                farAhead, RetentionService.JOB);
        try {
            job.run();
            assertThat(person(world.xavierId)).containsEntry("full_name", world.xavier.name());
        } finally {
            jdbc.update("update scheduled_job_lock set locked_until = ? where name = ?",
                    LocalDateTime.now(ZoneOffset.UTC).minusMinutes(1), RetentionService.JOB);
        }

        job.run();

        assertThat(person(world.xavierId)).containsEntry("full_name", "Anonymised person");
        assertThat(jdbc.queryForObject("select actor from data_protection_event where kind = 'RETENTION_RUN'"
                + " order by id desc limit 1", String.class)).isEqualTo("system");
    }

    @Test
    @DisplayName("Only administrators see the dry run or run the policy")
    void onlyAdministratorsRunRetention() {
        assertThatThrownBy(() -> RunAs.user("supervisor", retention::dryRun, Role.SUPERVISOR))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> RunAs.user("caseworker", retention::runNow, Role.CASEWORKER))
                .isInstanceOf(AccessDeniedException.class);
    }

    private String description(Long reportId) {
        return jdbc.queryForObject("select description from report where id = ?", String.class, reportId);
    }

    private Map<String, Object> person(Long id) {
        return jdbc.queryForMap("select full_name, date_of_birth, phone, email, address, anonymised_at from person"
                + " where id = ?", id);
    }

    private long letterPdfs() {
        return jdbc.queryForObject("select count(*) from escalation_document_content dc join escalation_document d"
                + " on d.id = dc.document_id join escalation_case c on c.id = d.case_id where c.reference = ?",
                Long.class, world.caseReference);
    }
}
