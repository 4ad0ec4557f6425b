package org.csucasework.casereview;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.csucasework.intake.LoggedReport;
import org.csucasework.intake.NewReport;
import org.csucasework.intake.ReportService;
import org.csucasework.people.PersonDetails;
import org.csucasework.support.SignedIn;

/**
 * Complaints and applications for Case Review tests: a victim of their own (a random suffix, the database is shared
 * and not reset) complaining about one place, each complaint received on a day with the behaviour on another.
 */
public final class CaseReviewFixtures {

    static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final SignedIn signedIn;
    private final ReportService reports;
    private final CaseReviewService applications;
    final String victim = "Vera Victim " + UUID.randomUUID().toString().substring(0, 8);
    final String place = UUID.randomUUID().toString().substring(0, 8) + " Complaint Close, Sevenoaks";

    public CaseReviewFixtures(SignedIn signedIn, ReportService reports, CaseReviewService applications) {
        this.signedIn = signedIn;
        this.reports = reports;
        this.applications = applications;
    }

    static LocalDate today() {
        return LocalDate.now(LONDON);
    }

    /** A complaint by the victim received {@code daysAgo} days ago about behaviour {@code daysLate} days before. */
    public String complaint(int daysAgo, int daysLate) {
        LocalDate received = today().minusDays(daysAgo);
        Instant at = received.atTime(10, 0).atZone(LONDON).toInstant();
        LoggedReport logged = signedIn.as("caseworker", () -> reports.log(new NewReport(at, "ASB_NUISANCE",
                "E05005008", null, place, "SDC_CSU", false,
                new PersonDetails(null, victim, null, "07700 900555", null, null), List.of(),
                "Loud music and shouting from the flat above", received.minusDays(daysLate)), null));
        return logged.reference();
    }

    /** The victim's application relying on these reports. */
    public CaseReviewService.Applied apply(List<String> references) {
        return signedIn.as("caseworker", () -> applications.apply(application(references), null));
    }

    NewApplication application(List<String> references) {
        return new NewApplication(ApplicantKind.VICTIM, new NewApplication.Applicant(null, victim, "07700 900555",
                null, null), null, false, null, "Months of loud music and shouting from the flat above",
                references, List.of());
    }
}
