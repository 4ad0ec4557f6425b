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
        refused(HOUSING_MANAGER, byPolice, "a supervisor of Kent Police or of the CSU");
        refused(SERGEANT, byCsu, "a supervisor of the CSU");

        approve(SERGEANT, byPolice);
        approve("supervisor", byCsu);
    }

    @Test
    @DisplayName("CSU: a police officer's CPW is decided by a CSU supervisor only; the police's own is refused, audited")
    void onlyTheCsu() {
        ReflectionTestUtils.setField(rights, "partnerApproval", PartnerApproval.CSU);
        Long byPolice = policeCpw("Carl Csu-Only");

        assertThat(queueOf(SERGEANT)).doesNotContain(byPolice);
        assertThat(queueOf("supervisor")).contains(byPolice);
        assertThat(notified(byPolice)).contains("supervisor").doesNotContain(SERGEANT);
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
        refused("supervisor", byPolice, "a supervisor of Kent Police");
        refused(SERGEANT, byCsu, "a supervisor of the CSU");

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
