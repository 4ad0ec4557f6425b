package org.csucasework.casereview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.csucasework.escalation.EscalationTestSupport;
import org.csucasework.escalation.LetterTemplateService;
import org.csucasework.escalation.TemplateView;
import org.csucasework.intake.ReportService;
import org.csucasework.shared.ValidationException;
import org.csucasework.support.IntegrationTest;
import org.csucasework.support.SignedIn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The applicant's letters are kept with the ladder's on the one letter templates screen: the administrator edits them
 * with their own placeholders, and the next letter written says what the template now says.
 */
@IntegrationTest
class CaseReviewLettersTests {

    @Autowired
    UserDetailsService accounts;
    @Autowired
    ReportService reports;
    @Autowired
    CaseReviewService applications;
    @Autowired
    CaseReviewWork work;
    @Autowired
    CaseReviewLetters letters;
    @Autowired
    LetterTemplateService templates;

    private SignedIn signedIn;
    private CaseReviewFixtures fixtures;

    @BeforeEach
    void init() {
        signedIn = new SignedIn(accounts);
        fixtures = new CaseReviewFixtures(signedIn, reports, applications);
    }

    @Test
    void theAdministratorEditsTheOutcomeLetterWithItsOwnPlaceholdersAndTheNextLetterSaysSo() {
        TemplateView original = signedIn.as("admin", () -> templates.template(CaseReviewLetters.OUTCOME_TEMPLATE));
        assertThat(original.stageLabel()).isEqualTo("ASB Case Review: outcome");
        assertThat(signedIn.as("admin", () -> templates.placeholdersOf(CaseReviewLetters.OUTCOME_TEMPLATE)))
                .containsKeys("outcome", "recommendations", "escalation.route").doesNotContainKey("conduct");

        assertThatThrownBy(() -> signedIn.run("admin", () -> templates.save(original.stageCode(), original.version(),
                original.title(), "About {{conduct}}")))
                .as("a ladder placeholder is not the outcome letter's")
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).errors()).singleElement()
                        .satisfies(error -> assertThat(error.field()).isEqualTo("body")));

        String reference = reviewed();
        TemplateView edited = signedIn.as("admin", () -> templates.save(original.stageCode(), original.version(),
                original.title(), original.body() + "\n\nThis letter was revised by the administrator."));
        try {
            String text = EscalationTestSupport.textOf(signedIn.as("caseworker",
                    () -> letters.outcomeLetter(reference)).content());
            assertThat(text).contains("This letter was revised by the administrator.", reference,
                    "Mediation offered to both households");
        } finally {
            signedIn.run("admin", () -> templates.save(original.stageCode(), edited.version(), original.title(),
                    original.body()));
        }
    }

    @Test
    void thereIsNoLetterBeforeItsStep() {
        CaseReviewService.Applied applied = fixtures.apply(List.of(fixtures.complaint(5, 1)));
        assertThatThrownBy(() -> signedIn.run("caseworker", () -> letters.decisionLetter(applied.reference())))
                .isInstanceOf(org.csucasework.shared.NotFoundException.class);
        assertThatThrownBy(() -> signedIn.run("caseworker", () -> letters.outcomeLetter(applied.reference())))
                .isInstanceOf(org.csucasework.shared.NotFoundException.class);
    }

    private String reviewed() {
        CaseReviewService.Applied applied = fixtures.apply(List.of(fixtures.complaint(60, 3), fixtures.complaint(30, 0),
                fixtures.complaint(5, 10)));
        signedIn.run("supervisor", () -> {
            applications.decide(applied.reference(), true, null, -1);
            work.planReview(applied.reference(), LocalDate.now(), List.of("KENT_POLICE"));
            work.recordOutcome(applied.reference(), "Mediation offered to both households", -1);
        });
        return applied.reference();
    }
}
