package org.csucasework.escalation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.csucasework.intake.LoggedReport;
import org.csucasework.intake.NewReport;
import org.csucasework.intake.ReportService;
import org.csucasework.intake.SubjectRole;
import org.csucasework.people.PersonDetails;
import org.csucasework.shared.FieldError;
import org.csucasework.shared.ValidationException;
import org.csucasework.support.SignedIn;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Set-up shared by the escalation tests: demo users, a person reported for anti-social behaviour (unique per test,
 * since the database is shared and not reset), and a case about them.
 */
public class EscalationTestSupport {

    public final String suffix = UUID.randomUUID().toString().substring(0, 8);
    private final UserDetailsService userDetails;
    private final ReportService reports;
    private final EscalationCases cases;

    public EscalationTestSupport(UserDetailsService userDetails, ReportService reports, EscalationCases cases) {
        this.userDetails = userDetails;
        this.reports = reports;
        this.cases = cases;
    }

    /** Signs in as a demo user for the service calls that follow, with the authorities the login would give. */
    public void runAs(String username) {
        new SignedIn(userDetails).signIn(username);
    }

    /** A report naming the person as the alleged perpetrator (a new person, or the one with this id). */
    public LoggedReport reportAbout(String name, LocalDate dateOfBirth, Long personId, String description) {
        return reports.log(new NewReport(Instant.now().minus(1, ChronoUnit.HOURS), "ASB_NUISANCE", "E05005008", null,
                "Escalation Road " + suffix, "SDC_CSU", false,
                new PersonDetails(null, "Rita Reporter " + suffix, LocalDate.of(1970, 5, 5), "07700 900999", null, null),
                List.of(new NewReport.Subject(SubjectRole.ALLEGED_PERPETRATOR,
                        new PersonDetails(personId, name, dateOfBirth, null, null, "7 Ladder Lane, Swanley " + suffix))),
                description), null);
    }

    public Long personOf(LoggedReport report) {
        return reports.details(report.reference()).subjects().get(0).person().id();
    }

    /** As the demo caseworker: a report about a new adult and a case about them; returns the case reference. */
    public Case adultCase(String name) {
        runAs("caseworker");
        LoggedReport report = reportAbout(name + " " + suffix, LocalDate.of(1990, 3, 3), null,
                "Shouting abuse at neighbours and kicking doors late at night");
        Long personId = personOf(report);
        String reference = cases.open(new NewCase(report.reference(), personId, null, false, null, null));
        return new Case(reference, personId, report);
    }

    public record Case(String reference, Long personId, LoggedReport report) {
    }

    /**
     * As the demo caseworker, records that the step approved on the case was served today by hand: approval starts
     * nothing, service does.
     */
    public void serveToday(EscalationService escalation, EscalationDeadlines deadlines, String reference) {
        runAs("caseworker");
        CaseDetails.StepView approved = escalation.details(reference).awaitingService()
                .orElseThrow(() -> new AssertionError("Nothing on " + reference + " waits to be served"));
        deadlines.serve(approved.id(), LocalDate.now(org.csucasework.escalation.process.CaseProcess.ZONE),
                ServiceMethod.HAND_DELIVERED, "Pat Process-Server");
    }

    /**
     * The whole of a step as the tests need it done: proposed by the caseworker, approved by the supervisor, served
     * today. Returns the step's id.
     */
    public Long issue(EscalationService escalation, EscalationProposals proposals, EscalationDeadlines deadlines,
                      Case c, String stageCode) {
        runAs("caseworker");
        Long id = proposals.propose(c.reference(), proposal(stageCode, "Abuse at neighbours", c.report()));
        runAs("supervisor");
        CaseDetails.StepView pending = escalation.details(c.reference()).pendingStep();
        proposals.decide(pending.id(), pending.version(), Decision.APPROVE, null);
        serveToday(escalation, deadlines, c.reference());
        return id;
    }

    public static ProposalDraft proposal(String stageCode, String conduct, LoggedReport evidence) {
        return new ProposalDraft(stageCode, conduct, Set.of(evidence.id()), ServiceMethod.HAND_DELIVERED, null, null);
    }

    /** A CPN proposal with one "stop" and one "do" requirement (the "do" due in 28 days). */
    public static ProposalDraft cpn(String conduct, LoggedReport evidence) {
        ProposalDraft draft = proposal(Ladder.CPN, conduct, evidence);
        draft.setRequirements(List.of(
                new Requirement(Requirement.Kind.STOP, "Stop leaving waste in the front garden", null),
                new Requirement(Requirement.Kind.DO, "Clear the waste from the front garden",
                        LocalDate.now().plusDays(28))));
        return draft;
    }

    /** The text of a PDF, pages joined, runs of white space made one space. */
    public static String textOf(byte[] pdf) {
        try {
            com.lowagie.text.pdf.PdfReader reader = new com.lowagie.text.pdf.PdfReader(pdf);
            try {
                StringBuilder text = new StringBuilder();
                com.lowagie.text.pdf.parser.PdfTextExtractor extractor =
                        new com.lowagie.text.pdf.parser.PdfTextExtractor(reader);
                for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                    text.append(extractor.getTextFromPage(page)).append('\n');
                }
                return text.toString().replaceAll("\\s+", " ");
            } finally {
                reader.close();
            }
        } catch (java.io.IOException e) {
            throw new AssertionError("Not a readable PDF", e);
        }
    }

    public static List<FieldError> errorsOf(Runnable call) {
        try {
            call.run();
        } catch (ValidationException e) {
            return e.errors();
        }
        throw new AssertionError("Expected a ValidationException");
    }
}
