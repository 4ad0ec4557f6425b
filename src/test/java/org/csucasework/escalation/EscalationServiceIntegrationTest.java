package org.csucasework.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.csucasework.escalation.EscalationTestSupport.errorsOf;
import static org.csucasework.escalation.EscalationTestSupport.proposal;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.csucasework.escalation.process.CaseProcess;
import org.csucasework.intake.LoggedReport;
import org.csucasework.intake.ReportService;
import org.csucasework.reporting.HeadlineFigure;
import org.csucasework.reporting.HeadlineFigureSource;
import org.csucasework.shared.FieldError;
import org.csucasework.shared.NotFoundException;
import org.csucasework.support.IntegrationTest;
import org.csucasework.tasking.ReferralKind;
import org.csucasework.tasking.ReportReview;
import org.csucasework.tasking.ReviewDecision;
import org.csucasework.tasking.TaskingMeetingService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.csucasework.notifications.NotificationKinds;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The escalation service on the real application and PostgreSQL: letters, the register, access, figures, templates. */
@IntegrationTest
class EscalationServiceIntegrationTest {

    @Autowired
    UserDetailsService userDetailsService;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;
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
    LetterTemplateService templates;
    @Autowired
    TaskingMeetingService meetings;
    @Autowired
    List<HeadlineFigureSource> figureSources;

    private EscalationTestSupport support;
    private Long meetingStartedHere;

    @BeforeEach
    void setUp() {
        support = new EscalationTestSupport(userDetailsService, reports, cases);
    }

    @AfterEach
    void tearDown() {
        if (meetingStartedHere != null) {
            support.runAs("caseworker");
            meetings.end(meetingStartedHere);
        }
        SecurityContextHolder.clearContext();
    }

    @Test
    @DisplayName("The generated letter is a PDF that names the person and states the conduct the supervisor approved")
    void generatedLetterNamesThePersonAndTheConduct() throws IOException {
        EscalationTestSupport.Case c = support.adultCase("Percy Pdf");
        String conduct = "Playing loud music from 11pm to 3am on 2 and 4 May " + support.suffix;
        issue(c, Ladder.WARNING_LETTER, conduct);

        support.runAs("caseworker");
        DocumentView letter = escalation.details(c.reference()).documents().get(0);
        DocumentFile file = escalation.document(letter.id());

        assertThat(file.fileName()).endsWith(".pdf").startsWith(c.reference());
        String text = textOf(file.content());
        assertThat(text).contains("Percy Pdf " + support.suffix).contains(conduct).contains(c.reference())
                .contains("Casey Caseworker");
        assertThat(escalation.details(c.reference()).timeline()).extracting(CaseDetails.Event::kind)
                .contains("DOCUMENT_DOWNLOADED");
    }

    @Test
    @DisplayName("A proposal tells the supervisors that a step awaits their decision, by the case's reference only")
    void proposalNotifiesTheSupervisorsWithoutNamingThePerson() {
        EscalationTestSupport.Case c = support.adultCase("Nora Notified");
        support.runAs("caseworker");

        proposals.propose(c.reference(), proposal(Ladder.WARNING_LETTER, "Shouting at neighbours", c.report()));

        List<java.util.Map<String, Object>> notified = jdbc.queryForList("select u.username, n.title, n.link "
                + "from notification n join app_user u on u.id = n.user_id where n.kind = ? and n.reference = ?",
                NotificationKinds.ESCALATION_AWAITS, c.reference());
        assertThat(notified).extracting(row -> row.get("username")).contains("supervisor")
                .doesNotContain("caseworker", "police");
        assertThat(notified).allSatisfy(row -> {
            assertThat((String) row.get("title")).contains(c.reference()).doesNotContain("Nora");
            assertThat(row.get("link")).isEqualTo("escalation/queue");
        });
    }

    @Test
    @DisplayName("A young person's letter also goes to their parent or guardian, and both copies are entered in the letters register")
    void youngPersonsLetterAlsoGoesToTheGuardian() throws IOException {
        support.runAs("caseworker");
        LocalDate fifteenYearsAgo = LocalDate.now().minusYears(15);
        LoggedReport report = support.reportAbout("Yusuf Young " + support.suffix, fifteenYearsAgo, null,
                "Throwing stones at buses");
        Long personId = support.personOf(report);

        List<FieldError> missing = errorsOf(() -> cases.open(new NewCase(report.reference(), personId, null,
                false, "", "")));
        assertThat(missing).extracting(FieldError::field).containsExactly("guardianName", "guardianAddress");

        String reference = cases.open(new NewCase(report.reference(), personId, "3 Stone Row, Swanley", false,
                "Gina Guardian " + support.suffix, "3 Stone Row, Swanley"));
        EscalationTestSupport.Case c = new EscalationTestSupport.Case(reference, personId, report);
        assertThat(escalation.details(reference).youngPerson()).isTrue();
        issue(c, Ladder.WARNING_LETTER, "Throwing stones at buses on the A20");

        support.runAs("caseworker");
        LocalDate today = LocalDate.now(CaseProcess.ZONE);
        List<DocumentView> register = escalation.lettersRegister(today, today).stream()
                .filter(d -> d.caseReference().equals(reference)).toList();
        assertThat(register).hasSize(2);
        assertThat(register).extracting(DocumentView::recipientName)
                .containsExactlyInAnyOrder("Yusuf Young " + support.suffix, "Gina Guardian " + support.suffix);
        assertThat(register).allSatisfy(entry -> {
            assertThat(entry.serviceMethod()).isEqualTo(ServiceMethod.HAND_DELIVERED);
            assertThat(entry.issuedBy()).isEqualTo("caseworker");
            assertThat(entry.approvedBy()).isEqualTo("supervisor");
            assertThat(entry.title()).isEqualTo("Anti-social behaviour: warning");
        });
        DocumentView guardianCopy = register.stream().filter(d -> d.recipientRole().equals("Parent or guardian"))
                .findFirst().orElseThrow();
        assertThat(textOf(escalation.document(guardianCopy.id()).content()))
                .contains("Dear Gina Guardian " + support.suffix).contains("Yusuf Young " + support.suffix);
    }

    @Test
    @DisplayName("A partner officer sees a case, and may download its letters, only once it is shared with their agency")
    void partnersSeeOnlyCasesSharedWithTheirAgency() {
        EscalationTestSupport.Case c = support.adultCase("Paula Partner");
        issue(c, Ladder.WARNING_LETTER, "Abuse in the high street");
        support.runAs("caseworker");
        Long documentId = escalation.details(c.reference()).documents().get(0).id();

        support.runAs("police");
        assertThatThrownBy(() -> escalation.details(c.reference())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> escalation.document(documentId)).isInstanceOf(NotFoundException.class);
        assertThat(escalation.openCases(false)).extracting(CaseSummary::reference).doesNotContain(c.reference());
        assertThatThrownBy(() -> cases.share(c.reference(), "KENT_POLICE", "Let me in"))
                .isInstanceOf(AccessDeniedException.class);

        support.runAs("caseworker");
        assertThat(fieldsOf(() -> cases.share(c.reference(), "KENT_POLICE", " "))).containsExactly("shareReason");
        cases.share(c.reference(), "KENT_POLICE", "Police officers patrol the high street");

        support.runAs("police");
        assertThat(escalation.details(c.reference()).personName()).isEqualTo("Paula Partner " + support.suffix);
        assertThat(escalation.document(documentId).content()).isNotEmpty();
        assertThat(escalation.openCases(false)).extracting(CaseSummary::reference).contains(c.reference());

        support.runAs("housing");
        assertThatThrownBy(() -> escalation.details(c.reference())).isInstanceOf(NotFoundException.class);
        support.runAs("analyst");
        assertThatThrownBy(() -> escalation.document(documentId)).isInstanceOf(NotFoundException.class);
    }

    @Test
    @DisplayName("The headline figures count each document issued in the period once per step, by the stage it belongs to")
    void figuresCountDocumentsIssuedInThePeriod() {
        HeadlineFigureSource source = figureSources.stream()
                .filter(s -> s.count(LocalDate.now(), LocalDate.now()).containsKey(HeadlineFigure.WARNING_LETTERS))
                .findFirst().orElseThrow();
        LocalDate today = LocalDate.now(CaseProcess.ZONE);
        Map<HeadlineFigure, Long> before = source.count(today, today);

        support.runAs("caseworker");
        LoggedReport report = support.reportAbout("Fiona Figures " + support.suffix, LocalDate.now().minusYears(14),
                null, "Fireworks at cars");
        Long personId = support.personOf(report);
        String reference = cases.open(new NewCase(report.reference(), personId, null, true,
                "Frank Father", "9 Count Close"));
        EscalationTestSupport.Case c = new EscalationTestSupport.Case(reference, personId, report);
        issue(c, Ladder.WARNING_LETTER, "Fireworks thrown at parked cars");
        issue(c, Ladder.ABA, "Agreed not to set off fireworks in the street");

        Map<HeadlineFigure, Long> after = source.count(today, today);
        assertThat(after.get(HeadlineFigure.WARNING_LETTERS) - before.get(HeadlineFigure.WARNING_LETTERS))
                .as("the letter and its copy to the parent are one warning letter").isEqualTo(1);
        assertThat(after.get(HeadlineFigure.ACCEPTABLE_BEHAVIOUR_AGREEMENTS)
                - before.get(HeadlineFigure.ACCEPTABLE_BEHAVIOUR_AGREEMENTS)).isEqualTo(1);
        assertThat(after.get(HeadlineFigure.COMMUNITY_PROTECTION_NOTICES))
                .isEqualTo(before.get(HeadlineFigure.COMMUNITY_PROTECTION_NOTICES));
        assertThat(source.count(today.minusYears(30), today.minusYears(29)).values()).containsOnly(0L);
        assertThat(after.keySet()).containsExactlyInAnyOrder(HeadlineFigure.WARNING_LETTERS,
                HeadlineFigure.ACCEPTABLE_BEHAVIOUR_AGREEMENTS, HeadlineFigure.ABA_BREACH_LETTERS,
                HeadlineFigure.COMMUNITY_PROTECTION_WARNINGS, HeadlineFigure.COMMUNITY_PROTECTION_NOTICES,
                HeadlineFigure.COMMUNITY_PROTECTION_NOTICES_APPEALED, HeadlineFigure.FIXED_PENALTIES_ISSUED,
                HeadlineFigure.FIXED_PENALTIES_PAID, HeadlineFigure.WORKS_IN_DEFAULT, HeadlineFigure.PROSECUTIONS);
    }

    @Test
    @DisplayName("The daily tasking's referral to the ladder opens a case for the person; a second referral adds its report to that case")
    void referralFromTheDailyTaskingOpensTheCase() {
        support.runAs("caseworker");
        LoggedReport first = support.reportAbout("Rory Referred " + support.suffix, LocalDate.of(1985, 1, 1), null,
                "Drunk and abusive outside the pub");
        Long personId = support.personOf(first);
        refer(first, personId);

        CaseSummary opened = escalation.openCases(false).stream()
                .filter(s -> s.personName().equals("Rory Referred " + support.suffix)).findFirst().orElseThrow();
        CaseDetails details = escalation.details(opened.reference());
        assertThat(details.caseworker()).isEqualTo("caseworker");
        assertThat(details.isWaitingAt(AsbEscalationProcess.PROPOSE_STEP)).isTrue();
        assertThat(details.reports()).extracting(CaseDetails.Evidence::reference).containsExactly(first.reference());
        assertThat(details.reports().get(0).how()).isEqualTo("Referred by the daily tasking");

        LoggedReport second = support.reportAbout(null, null, personId, "Abusive again");
        refer(second, personId);

        assertThat(escalation.openCases(false)).filteredOn(s -> s.personName().equals("Rory Referred " + support.suffix))
                .hasSize(1);
        assertThat(escalation.details(opened.reference()).reports()).extracting(CaseDetails.Evidence::reference)
                .containsExactlyInAnyOrder(first.reference(), second.reference());
    }

    @Test
    @DisplayName("A template with an unknown placeholder is refused at its field with the placeholder named, and nothing is saved")
    void templateWithUnknownPlaceholderIsRefused() {
        support.runAs("admin");
        TemplateView before = templates.template(Ladder.WARNING_LETTER);

        List<FieldError> errors = errorsOf(() -> templates.save(Ladder.WARNING_LETTER, before.version(), before.title(),
                before.body() + "\n\nSee {{person.shoeSize}} and {{officer.name}"));
        assertThat(errors).extracting(FieldError::field).containsExactly("body", "body");
        assertThat(errors.get(0).message()).contains("{{person.shoeSize}}");
        assertThat(errors.get(1).message()).contains("{{name}}");
        assertThat(templates.template(Ladder.WARNING_LETTER).body()).isEqualTo(before.body());

        support.runAs("caseworker");
        assertThatThrownBy(() -> templates.save(Ladder.WARNING_LETTER, before.version(), before.title(), before.body()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @DisplayName("An administrator's change to a template is used for the next letter")
    void changedTemplateIsUsedForTheNextLetter() throws IOException {
        support.runAs("admin");
        TemplateView before = templates.template(Ladder.WARNING_LETTER);
        String extra = "A copy of this letter has been kept on file " + support.suffix + " for {{person.name}}.";
        TemplateView changed = templates.save(Ladder.WARNING_LETTER, before.version(), before.title(),
                before.body() + "\n\n" + extra);
        try {
            EscalationTestSupport.Case c = support.adultCase("Tina Template");
            issue(c, Ladder.WARNING_LETTER, "Abuse at the bus stop");
            support.runAs("caseworker");
            String text = textOf(escalation.document(escalation.details(c.reference()).documents().get(0).id()).content());
            assertThat(text).contains("kept on file " + support.suffix + " for Tina Template " + support.suffix);
        } finally {
            support.runAs("admin");
            templates.save(Ladder.WARNING_LETTER, changed.version(), before.title(), before.body());
        }
    }

    // --- Helpers -----------------------------------------------------------------------------------------------

    private void issue(EscalationTestSupport.Case c, String stageCode, String conduct) {
        support.runAs("caseworker");
        proposals.propose(c.reference(), proposal(stageCode, conduct, c.report()));
        support.runAs("supervisor");
        CaseDetails.StepView pending = escalation.details(c.reference()).pendingStep();
        proposals.decide(pending.id(), pending.version(), Decision.APPROVE, null);
        support.serveToday(escalation, deadlines, c.reference());
    }

    private void refer(LoggedReport report, Long personId) {
        support.runAs("caseworker");
        Long meetingId = meetings.meetingInProgress().map(m -> m.id()).orElseGet(() -> {
            meetingStartedHere = meetings.start(LocalDate.now(), Set.of("SDC_CSU", "KENT_POLICE")).id();
            return meetingStartedHere;
        });
        meetings.review(meetingId, new ReportReview(report.reference(), ReviewDecision.REFERRED, List.of(),
                ReferralKind.ESCALATION, personId, "Repeated abuse: start the warning letter ladder"));
    }

    private static List<String> fieldsOf(Runnable call) {
        return errorsOf(call).stream().map(FieldError::field).toList();
    }

    private static String textOf(byte[] pdf) throws IOException {
        return EscalationTestSupport.textOf(pdf);
    }
}
