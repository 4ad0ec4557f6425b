package org.csucasework.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.csucasework.escalation.EscalationTestSupport.proposal;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.csucasework.escalation.internal.DecisionRights;
import org.csucasework.intake.LoggedReport;
import org.csucasework.intake.ReportService;
import org.csucasework.notifications.NotificationKinds;
import org.csucasework.security.UserDraft;
import org.csucasework.security.UserService;
import org.csucasework.shared.Role;
import org.csucasework.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * Who decides a partner officer's proposal, for each setting of {@code casework.escalation.partner-approval}, on the
 * real application and PostgreSQL: in the service (refusals audited), in the supervisors' queue and in whom the bell
 * tells. The setting is
 * switched on the one {@link DecisionRights} bean for each test and put back after it.
 */
@IntegrationTest
class PartnerApprovalIntegrationTest {

    /** A police sergeant and a housing manager: supervisors of authorised partner agencies (s53). */
    private static final String SERGEANT = "sergeant-approval-test";
    private static final String HOUSING_MANAGER = "housing-approval-test";

    @Autowired
    UserDetailsService userDetailsService;
    @Autowired
    UserService users;
    @Autowired
    ReportService reports;
    @Autowired
    EscalationService escalation;
    @Autowired
    EscalationCases cases;
    @Autowired
    EscalationProposals proposals;
    @Autowired
    DecisionRights rights;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    org.csucasework.worklist.WorkListService workList;

    private EscalationTestSupport support;
    private Object configured;

    @BeforeEach
    void setUp() {
        support = new EscalationTestSupport(userDetailsService, reports, cases);
        supervisor(SERGEANT, "Sid Sergeant", "KENT_POLICE");
        supervisor(HOUSING_MANAGER, "Hana Housing-Manager", "WKHA");
        configured = ReflectionTestUtils.getField(rights, "partnerApproval");
    }

    @AfterEach
    void tearDown() {
        ReflectionTestUtils.setField(rights, "partnerApproval", configured);
        SecurityContextHolder.clearContext();
    }

    @Test
    @DisplayName("EITHER (the default): a police officer's CPW is decided by a police or a CSU supervisor, never by "
            + "another agency's; a CSU caseworker's proposal stays with the CSU's supervisors")
    void eitherTheAgencyOrTheCsu() {
        assertThat(configured).as("the default").isEqualTo(PartnerApproval.EITHER);
        Long byPolice = policeCpw("Ewan Either");
        Long byCsu = csuWarningLetter("Cora Csu");

        assertThat(queueOf(SERGEANT)).contains(byPolice).doesNotContain(byCsu);
        assertThat(queueOf("supervisor")).contains(byPolice, byCsu);
        assertThat(notified(byPolice)).contains(SERGEANT, "supervisor").doesNotContain(HOUSING_MANAGER, "police");
        assertThat(notified(byCsu)).contains("supervisor").doesNotContain(SERGEANT, HOUSING_MANAGER);
        assertThat(queueOf(HOUSING_MANAGER)).doesNotContain(byPolice, byCsu);
        // A supervisor of a partner agency reads only their agency's cases: another's is not found, audited.
        notFound(HOUSING_MANAGER, byPolice);
        notFound(SERGEANT, byCsu);
        // The work list offers the decision to those who may take it, not to every supervisor.
        assertThat(decisionsInWorkListOf(SERGEANT)).contains(caseOf(byPolice)).doesNotContain(caseOf(byCsu));
        assertThat(decisionsInWorkListOf("supervisor")).contains(caseOf(byPolice), caseOf(byCsu));
        assertThat(decisionsInWorkListOf(HOUSING_MANAGER)).doesNotContain(caseOf(byPolice), caseOf(byCsu));

        approve(SERGEANT, byPolice);
        approve("supervisor", byCsu);
    }

    @Test
    @DisplayName("A supervisor of a partner agency reads and lists only the cases of their agency (shared with it, "
            + "which a case its officer opened is at once); the CSU's staff read every case")
    void aPartnerAgencysSupervisorReadsOnlyTheirAgencysCases() {
        Long byPolice = policeCpw("Petra Partner-Read");
        Long byCsu = csuWarningLetter("Carlos Csu-Read");
        support.runAs("police");
        LoggedReport seen = support.reportAbout("Olly Opened-By-Police " + support.suffix, LocalDate.of(1991, 4, 4),
                null, "Seen by an officer throwing stones at windows");
        String openedByPolice = cases.open(new NewCase(seen.reference(), support.personOf(seen), null, false, null,
                null));

        support.runAs(SERGEANT);
        assertThat(escalation.details(caseOf(byPolice)).reference()).isEqualTo(caseOf(byPolice));
        assertThat(escalation.details(openedByPolice).reference()).isEqualTo(openedByPolice);
        assertThat(escalation.openCases(false)).extracting(CaseSummary::reference)
                .contains(caseOf(byPolice), openedByPolice).doesNotContain(caseOf(byCsu));
        assertThatThrownBy(() -> escalation.details(caseOf(byCsu)))
                .isInstanceOf(org.csucasework.shared.NotFoundException.class);

        support.runAs("supervisor");
        for (String reference : List.of(caseOf(byPolice), openedByPolice, caseOf(byCsu))) {
            assertThat(escalation.details(reference).reference()).isEqualTo(reference);
        }
    }

    @Test
    @DisplayName("The supervisors' queue asks whom the supervisor may decide for before it takes the oldest 500: "
            + "older proposals they may not decide do not hide theirs")
    void theQueueFiltersBeforeItLimits() {
        Long byPolice = policeCpw("Quincy Queue");
        Long byCsu = csuWarningLetter("Queenie Queue");
        // 500 CSU proposals older than the police one, on the CSU's case: the sergeant may decide none of them.
        jdbc.update("insert into escalation_step (case_id, stage_code, status, conduct, service_method, proposed_by, "
                + "proposed_at, submitted_at) select s.case_id, s.stage_code, 'PROPOSED', 'Old proposal', "
                + "s.service_method, s.proposed_by, timestamp '2020-01-01 00:00:00', timestamp '2020-01-01 00:00:00' "
                + "from escalation_step s, generate_series(1, 500) where s.id = ?", byCsu);
        try {
            assertThat(queueOf(SERGEANT)).contains(byPolice);
        } finally {
            jdbc.update("delete from escalation_step where conduct = 'Old proposal' and submitted_at = timestamp "
                    + "'2020-01-01 00:00:00'");
        }
    }

    @Test
    @DisplayName("CSU: a police officer's CPW is decided by a CSU supervisor only; the police's own is refused, audited")
    void onlyTheCsu() {
        ReflectionTestUtils.setField(rights, "partnerApproval", PartnerApproval.CSU);
        Long byPolice = policeCpw("Carl Csu-Only");

        assertThat(queueOf(SERGEANT)).doesNotContain(byPolice);
        assertThat(queueOf("supervisor")).contains(byPolice);
        assertThat(notified(byPolice)).contains("supervisor").doesNotContain(SERGEANT);
        assertThat(decisionsInWorkListOf(SERGEANT)).doesNotContain(caseOf(byPolice));
        refused(SERGEANT, byPolice, "a supervisor of the CSU");

        approve("supervisor", byPolice);
    }

    @Test
    @DisplayName("OWN_AGENCY: a police officer's CPW is decided by a police supervisor only; the CSU's is refused, "
            + "audited, and a CSU caseworker's proposal is still the CSU's")
    void onlyTheirOwnAgency() {
        ReflectionTestUtils.setField(rights, "partnerApproval", PartnerApproval.OWN_AGENCY);
        Long byPolice = policeCpw("Olive Own-Agency");
        Long byCsu = csuWarningLetter("Colm Csu");

        assertThat(queueOf("supervisor")).contains(byCsu).doesNotContain(byPolice);
        assertThat(queueOf(SERGEANT)).contains(byPolice).doesNotContain(byCsu);
        assertThat(notified(byPolice)).containsExactly(SERGEANT);
        assertThat(decisionsInWorkListOf("supervisor")).contains(caseOf(byCsu)).doesNotContain(caseOf(byPolice));
        refused("supervisor", byPolice, "a supervisor of Kent Police");
        notFound(SERGEANT, byCsu);

        approve(SERGEANT, byPolice);
        approve("supervisor", byCsu);
    }

    // --- Helpers -----------------------------------------------------------------------------------------------

    /**
     * A police report about a person, a case the CSU opened about them and shared with the police, and a CPW a police
     * officer proposed on it with their report as its evidence.
     */
    private Long policeCpw(String name) {
        support.runAs("police");
        LoggedReport seen = support.reportAbout(name + " " + support.suffix, LocalDate.of(1990, 3, 3), null,
                "Seen by an officer revving a car engine outside the flats at 2am");
        support.runAs("caseworker");
        String reference = cases.open(new NewCase(seen.reference(), support.personOf(seen), null, false, null, null));
        cases.share(reference, "KENT_POLICE", "The police patrol the street and propose the warning");
        support.runAs("police");
        ProposalDraft cpw = proposal(Ladder.CPW, "Revving engines outside the flats every night", seen);
        cpw.setSkipJustification("The police warned him twice in person; letters have not worked");
        return proposals.propose(reference, cpw);
    }

    private Long csuWarningLetter(String name) {
        EscalationTestSupport.Case c = support.adultCase(name);
        return proposals.propose(c.reference(), proposal(Ladder.WARNING_LETTER, "Shouting in the street", c.report()));
    }

    /** Who was told in the bell that the step awaits a decision. */
    private List<String> notified(Long stepId) {
        return jdbc.queryForList("select u.username from notification n join app_user u on u.id = n.user_id "
                + "join escalation_case c on c.reference = n.reference join escalation_step s on s.case_id = c.id "
                + "where n.kind = ? and s.id = ?", String.class, NotificationKinds.ESCALATION_AWAITS, stepId);
    }

    private List<Long> queueOf(String username) {
        support.runAs(username);
        return escalation.queue().stream().map(QueueItem::stepId).toList();
    }

    /** The supervisor is refused the decision (and the case page would not offer it), and the refusal is audited. */
    private void refused(String username, Long stepId, String decidedBy) {
        support.runAs(username);
        assertThat(proposals.mayDecide(stepId)).isFalse();
        assertThatThrownBy(() -> proposals.decide(stepId, null, Decision.APPROVE, null))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining(decidedBy);
        assertThat(jdbc.queryForList("select reason from audit_event where username = ? and action = 'DENIED' "
                + "and reason like ?", String.class, username, "Decide step " + stepId + ":%"))
                .singleElement(InstanceOfAssertFactories.STRING).contains(decidedBy);
    }

    /** The partner agency's supervisor cannot see the case at all: "not found", as if it did not exist; audited. */
    private void notFound(String username, Long stepId) {
        support.runAs(username);
        assertThatThrownBy(() -> proposals.mayDecide(stepId)).isInstanceOf(org.csucasework.shared.NotFoundException.class);
        assertThatThrownBy(() -> proposals.decide(stepId, null, Decision.APPROVE, null))
                .isInstanceOf(org.csucasework.shared.NotFoundException.class);
        assertThat(jdbc.queryForList("select reason from audit_event where username = ? and action = 'DENIED' "
                + "and record_ref = ?", String.class, username, caseOf(stepId))).isNotEmpty();
    }

    private String caseOf(Long stepId) {
        return jdbc.queryForObject("select c.reference from escalation_case c join escalation_step s on s.case_id = c.id "
                + "where s.id = ?", String.class, stepId);
    }

    /** The cases whose proposal's decision the user's work list offers them. */
    private List<String> decisionsInWorkListOf(String username) {
        support.runAs(username);
        return workList.forCurrentUser().stream().filter(w -> "Decide on the proposed step".equals(w.what()))
                .map(org.csucasework.worklist.WorkItem::reference).toList();
    }

    private void approve(String username, Long stepId) {
        support.runAs(username);
        assertThat(proposals.mayDecide(stepId)).isTrue();
        proposals.decide(stepId, null, Decision.APPROVE, null);
        assertThat(jdbc.queryForObject("select status from escalation_step where id = ?", String.class, stepId))
                .isEqualTo(StepStatus.APPROVED.name());
    }

    private void supervisor(String username, String fullName, String agencyCode) {
        if (users.findByUsername(username).isPresent()) {
            return;
        }
        UserDraft draft = new UserDraft();
        draft.setUsername(username);
        draft.setFullName(fullName);
        draft.setEmail(username + "@example.org");
        draft.setAgencyCode(agencyCode);
        draft.setRoles(EnumSet.of(Role.SUPERVISOR));
        draft.setPassword("Sound-password-2026");
        users.createWithoutAuthorisation(draft);
    }
}
