package org.csucasework.dataprotection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.csucasework.dataprotection.internal.PersonalDataModules;
import org.csucasework.escalation.AgreementOutcome;
import org.csucasework.escalation.EscalationAgreements;
import org.csucasework.escalation.EscalationCases;
import org.csucasework.escalation.EscalationDeadlines;
import org.csucasework.escalation.EscalationLegalOutcomes;
import org.csucasework.escalation.EscalationProposals;
import org.csucasework.escalation.EscalationService;
import org.csucasework.escalation.EscalationTestSupport;
import org.csucasework.escalation.Ladder;
import org.csucasework.escalation.LegalOutcomeDraft;
import org.csucasework.escalation.LegalOutcomeKind;
import org.csucasework.escalation.process.CaseProcess;
import org.csucasework.intake.ReportService;
import org.csucasework.shared.Role;
import org.csucasework.shared.personaldata.PastRetention;
import org.csucasework.shared.personaldata.PersonalData;
import org.csucasework.shared.personaldata.RecordType;
import org.csucasework.shared.personaldata.SubjectAccessRecords;
import org.csucasework.support.IntegrationTest;
import org.csucasework.support.RunAs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * An ABA's support and positive requirements and a legal outcome's terms, premises and breaches are personal data:
 * the subject access export holds them, erasure takes the person's name out of them, and retention blanks them.
 */
@IntegrationTest
class AgreementsAndLegalOutcomesDataProtectionTest {

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
    SubjectAccessService subjectAccess;
    @Autowired
    PersonalDataModules personalData;
    @Autowired
    JdbcTemplate jdbc;

    private EscalationTestSupport support;
    private EscalationTestSupport.Case c;
    private String name;

    @BeforeEach
    void signedAndOrdered() {
        support = new EscalationTestSupport(userDetailsService, reports, cases);
        c = support.adultCase("Dara Protected");
        name = "Dara Protected " + support.suffix;
        support.issue(escalation, proposals, deadlines, c, Ladder.WARNING_LETTER);
        Long aba = support.issue(escalation, proposals, deadlines, c, Ladder.ABA);
        LocalDate today = LocalDate.now(CaseProcess.ZONE);
        support.runAs("caseworker");
        agreements.record(aba, AgreementOutcome.SIGNED, today, false, "Mentoring offered to " + name,
                List.of(name + " to attend mentoring"));
        Long injunction = legalOutcomes.record(c.reference(), new LegalOutcomeDraft(LegalOutcomeKind.INJUNCTION,
                today, null, name + " not to enter the Bradbourne estate", null, false, false));
        legalOutcomes.breach(c.reference(), injunction, today, name + " seen on the estate");
        SecurityContextHolder.clearContext();
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    @DisplayName("The subject access export holds the agreement signed and the injunction with its breach")
    void theExportHoldsThem() {
        SubjectAccessExport export = RunAs.administrator(() -> subjectAccess.export(c.personId()));

        SubjectAccessRecords.CaseRecord record = export.escalationCases().stream()
                .filter(r -> r.reference().equals(c.reference())).findFirst().orElseThrow();
        assertThat(record.agreements()).singleElement().satisfies(note -> {
            assertThat(note.kind()).isEqualTo("SIGNED");
            assertThat(note.text()).contains("Mentoring offered to " + name).contains(name + " to attend mentoring");
        });
        assertThat(record.legalOutcomes()).singleElement().satisfies(note -> {
            assertThat(note.kind()).isEqualTo("INJUNCTION");
            assertThat(note.text()).contains("until further order").contains("not to enter the Bradbourne estate")
                    .contains(name + " seen on the estate");
        });
    }

    @Test
    @DisplayName("Erasure takes the person's name out of the agreement and the injunction; retention blanks them")
    void erasureAndRetention() {
        long version = RunAs.user("supervisor", () -> subjectAccess.findPeople(name), Role.SUPERVISOR).stream()
                .filter(p -> p.id().equals(c.personId())).findFirst().orElseThrow().version();
        RunAs.user("supervisor", () -> {
            subjectAccess.erase(c.personId(), version, "Erasure request agreed by the data protection officer");
            return null;
        }, Role.SUPERVISOR);

        assertThat(texts()).noneMatch(t -> t.contains(name)).anyMatch(t -> t.contains("[erased]"));

        Long caseId = jdbc.queryForObject("select id from escalation_case where reference = ?", Long.class,
                c.reference());
        personalData.anonymise(new PastRetention(RecordType.ESCALATION_CASE, List.of(caseId), LocalDateTime.now()));
        assertThat(texts()).containsOnly(PersonalData.ANONYMISED);
    }

    /** Every free text of the case's agreements and legal outcomes. */
    private List<String> texts() {
        return jdbc.queryForList("select a.support_offered from escalation_aba_agreement a join escalation_case c"
                + " on c.id = a.case_id where c.reference = ? union all select r.text from"
                + " escalation_aba_positive_requirement r join escalation_aba_agreement a on a.id = r.agreement_id"
                + " join escalation_case c on c.id = a.case_id where c.reference = ? union all select o.terms from"
                + " escalation_legal_outcome o join escalation_case c on c.id = o.case_id where c.reference = ?"
                + " union all select b.description from escalation_legal_outcome_breach b join escalation_legal_outcome o"
                + " on o.id = b.outcome_id join escalation_case c on c.id = o.case_id where c.reference = ?",
                String.class, c.reference(), c.reference(), c.reference(), c.reference());
    }
}
