package org.csucasework.casereview;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import org.csucasework.dataprotection.SubjectAccessExport;
import org.csucasework.dataprotection.SubjectAccessService;
import org.csucasework.dataprotection.internal.RetentionStore;
import org.csucasework.intake.ReportService;
import org.csucasework.support.IntegrationTest;
import org.csucasework.support.SignedIn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * An ASB Case Review holds personal data of its own (the applicant's contact details, what they say happened): the
 * subject access export gives it to the applicant, erasure takes it out, and retention never anonymises a person
 * while a Case Review they are in is kept (Case Reviews have no retention rule of their own yet).
 */
@IntegrationTest
class CaseReviewDataProtectionTest {

    @Autowired
    UserDetailsService accounts;
    @Autowired
    ReportService reports;
    @Autowired
    CaseReviewService applications;
    @Autowired
    SubjectAccessService subjectAccess;
    @Autowired
    RetentionStore retention;
    @Autowired
    JdbcTemplate jdbc;

    private SignedIn signedIn;
    private CaseReviewFixtures fixtures;
    private String reference;
    private Long applicant;

    @BeforeEach
    void anApplication() {
        signedIn = new SignedIn(accounts);
        fixtures = new CaseReviewFixtures(signedIn, reports, applications);
        reference = fixtures.apply(List.of(fixtures.complaint(10, 2))).reference();
        applicant = jdbc.queryForObject("select applicant_person_id from case_review where reference = ?", Long.class,
                reference);
    }

    @Test
    void theApplicantsSubjectAccessExportHoldsTheirCaseReviewWithTheirContactDetails() {
        SubjectAccessExport export = signedIn.as("supervisor", () -> subjectAccess.export(applicant));

        assertThat(export.caseReviews()).singleElement().satisfies(review -> {
            assertThat(review.reference()).isEqualTo(reference);
            assertThat(review.roles()).contains("APPLICANT");
            assertThat(review.applicantName()).isEqualTo(fixtures.victim);
            assertThat(review.applicantPhone()).isEqualTo("07700 900555");
            assertThat(review.description()).isEqualTo("Months of loud music and shouting from the flat above");
            assertThat(review.complaints()).isNotEmpty();
            assertThat(review.timeline()).isNotEmpty();
        });
        assertThat(new String(signedIn.as("supervisor", () -> subjectAccess.exportJson(applicant))))
                .contains(reference, "07700 900555");
    }

    @Test
    void erasingTheApplicantTakesTheirDetailsAndTheirNameOutOfTheCaseReview() {
        jdbc.update("update case_review set description = description || ', says ' || applicant_name"
                + " where reference = ?", reference);
        long version = jdbc.queryForObject("select version from person where id = ?", Long.class, applicant);

        signedIn.run("supervisor", () -> subjectAccess.erase(applicant, version, "The applicant asked for erasure"));

        var review = jdbc.queryForMap("select applicant_name, applicant_phone, description from case_review"
                + " where reference = ?", reference);
        assertThat(review.get("applicant_name")).isEqualTo("[erased]");
        assertThat(review.get("applicant_phone")).isNull();
        assertThat((String) review.get("description")).doesNotContain(fixtures.victim).contains("says [erased]");
    }

    @Test
    void retentionKeepsAPersonWhoseReportsAreGoneWhileTheirCaseReviewIsKept() {
        // The applicant also reported once, and that report is already anonymised; so is another person's.
        String own = fixtures.complaint(400, 1);
        String others = fixtures.complaint(400, 1);
        jdbc.update("update report set reporter_person_id = ?, anonymised_at = now() where reference = ?", applicant,
                own);
        jdbc.update("update report set anonymised_at = now() where reference = ?", others);
        Long otherPerson = jdbc.queryForObject("select reporter_person_id from report where reference = ?", Long.class,
                others);
        LocalDateTime future = LocalDateTime.now().plusYears(50);

        List<Long> toAnonymise = retention.peopleWithNothingKept(new RetentionStore.Cutoffs(future, future, future));

        assertThat(toAnonymise).contains(otherPerson).doesNotContain(applicant);
    }
}
