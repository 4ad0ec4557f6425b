package org.csucasework.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.csucasework.escalation.LegalOutcomeRules.Subject;
import org.csucasework.shared.FieldError;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The 2014 Act's limits on the legal outcomes beyond the ladder, kind by kind, for adults, young people and bodies. */
class LegalOutcomeRulesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 6);
    static final Subject ADULT = new Subject(false, LocalDate.of(1990, 3, 3), false);
    /** 17 today; 18 on 8 December 2026. */
    static final Subject SEVENTEEN = new Subject(false, LocalDate.of(2008, 12, 8), false);
    static final Subject BODY = new Subject(true, null, false);

    @Test
    @DisplayName("An adult's injunction with its terms, a power of arrest and no end (until further order) may be recorded")
    void anAdultsInjunctionUntilFurtherOrder() {
        assertThat(check(draft(LegalOutcomeKind.INJUNCTION, TODAY.minusDays(1), null).powerOfArrest(), ADULT)).isEmpty();
    }

    @Test
    @DisplayName("An injunction against someone under 18 needs the youth offending team consulted (s14) and an end within 12 months (s1(6))")
    void aYoungPersonsInjunction() {
        LocalDate granted = TODAY.minusDays(3);
        assertThat(fields(draft(LegalOutcomeKind.INJUNCTION, granted, null), SEVENTEEN))
                .containsExactlyInAnyOrder("youthOffendingTeamConsulted", "expiresOn");
        assertThat(fields(draft(LegalOutcomeKind.INJUNCTION, granted, granted.plusMonths(12).plusDays(1)).consulted(),
                SEVENTEEN)).containsExactly("expiresOn");
        assertThat(check(draft(LegalOutcomeKind.INJUNCTION, granted, granted.plusMonths(12)).consulted(), SEVENTEEN))
                .isEmpty();
        assertThat(check(draft(LegalOutcomeKind.INJUNCTION, granted, null), SEVENTEEN).get(0).message())
                .contains("youth offending team").contains("s14");
    }

    @Test
    @DisplayName("Under 18 is judged on the day granted: the day before the 18th birthday counts, the birthday does not")
    void ageIsJudgedOnTheDayGranted() {
        Subject eighteenToday = new Subject(false, TODAY.minusYears(18), false);
        assertThat(fields(draft(LegalOutcomeKind.INJUNCTION, TODAY, null), eighteenToday)).isEmpty();
        assertThat(fields(draft(LegalOutcomeKind.INJUNCTION, TODAY.minusDays(1), TODAY.plusMonths(6)), eighteenToday))
                .containsExactly("youthOffendingTeamConsulted");
    }

    @Test
    @DisplayName("With the date of birth unknown, the case's young person flag decides; an injunction only to a person aged 10 or over")
    void unknownDateOfBirthAndTheMinimumAge() {
        Subject flaggedYoung = new Subject(false, null, true);
        assertThat(fields(draft(LegalOutcomeKind.INJUNCTION, TODAY, TODAY.plusMonths(6)), flaggedYoung))
                .containsExactly("youthOffendingTeamConsulted");
        Subject nine = new Subject(false, TODAY.minusYears(9), false);
        assertThat(fields(draft(LegalOutcomeKind.INJUNCTION, TODAY, TODAY.plusMonths(6)).consulted(), nine))
                .containsExactly("kind");
    }

    @Test
    @DisplayName("A granted or made day is not in the future, and the end comes after it")
    void datesInOrder() {
        assertThat(fields(draft(LegalOutcomeKind.CRIMINAL_BEHAVIOUR_ORDER, TODAY.plusDays(1), null), ADULT))
                .containsExactly("madeOn");
        assertThat(fields(draft(LegalOutcomeKind.CLOSURE_ORDER, TODAY, TODAY), ADULT)).containsExactly("expiresOn");
        assertThat(fields(draft(LegalOutcomeKind.CLOSURE_ORDER, null, TODAY), ADULT)).containsExactly("madeOn");
        assertThat(fields(new LegalOutcomeDraft(null, TODAY, null, null, null, false, false), ADULT))
                .containsExactly("kind");
    }

    @Test
    @DisplayName("A closure notice lasts at most 48 hours (s77) and names its premises")
    void closureNotice() {
        assertThat(check(draft(LegalOutcomeKind.CLOSURE_NOTICE, TODAY, TODAY.plusDays(2)), BODY)).isEmpty();
        assertThat(fields(draft(LegalOutcomeKind.CLOSURE_NOTICE, TODAY, TODAY.plusDays(3)), BODY))
                .containsExactly("expiresOn");
        assertThat(fields(new LegalOutcomeDraft(LegalOutcomeKind.CLOSURE_NOTICE, TODAY, TODAY.plusDays(1), null, " ",
                false, false), BODY)).containsExactly("premises");
        assertThat(fields(draft(LegalOutcomeKind.CLOSURE_NOTICE, TODAY, null), BODY)).containsExactly("expiresOn");
    }

    @Test
    @DisplayName("A closure order lasts at most 3 months (s80), and is extended to 6 months in all at most (s82)")
    void closureOrderAndItsExtension() {
        LocalDate made = LocalDate.of(2026, 9, 10);
        assertThat(check(draft(LegalOutcomeKind.CLOSURE_ORDER, made, made.plusMonths(3)), ADULT)).isEmpty();
        assertThat(fields(draft(LegalOutcomeKind.CLOSURE_ORDER, made, made.plusMonths(3).plusDays(1)), ADULT))
                .containsExactly("expiresOn");

        assertThat(LegalOutcomeRules.checkExtension(LegalOutcomeKind.CLOSURE_ORDER, made, made.plusMonths(3),
                made.plusMonths(6))).isEmpty();
        assertThat(LegalOutcomeRules.checkExtension(LegalOutcomeKind.CLOSURE_ORDER, made, made.plusMonths(3),
                made.plusMonths(6).plusDays(1))).extracting(FieldError::message).singleElement().asString()
                .contains("6 months").contains("s82");
        assertThat(LegalOutcomeRules.checkExtension(LegalOutcomeKind.CLOSURE_ORDER, made, made.plusMonths(3),
                made.plusMonths(2))).extracting(FieldError::field).containsExactly("extendedTo");
        assertThat(LegalOutcomeRules.checkExtension(LegalOutcomeKind.INJUNCTION, made, made.plusMonths(3),
                made.plusMonths(4))).extracting(FieldError::field).containsExactly("extendedTo");
    }

    @Test
    @DisplayName("A Criminal Behaviour Order lasts 1 to 3 years under 18, at least 2 years for an adult or until further order (s25)")
    void criminalBehaviourOrderDurations() {
        LocalDate made = TODAY.minusDays(10);
        assertThat(check(draft(LegalOutcomeKind.CRIMINAL_BEHAVIOUR_ORDER, made, null), ADULT)).isEmpty();
        assertThat(check(draft(LegalOutcomeKind.CRIMINAL_BEHAVIOUR_ORDER, made, made.plusYears(2)), ADULT)).isEmpty();
        assertThat(fields(draft(LegalOutcomeKind.CRIMINAL_BEHAVIOUR_ORDER, made, made.plusYears(1)), ADULT))
                .containsExactly("expiresOn");
        assertThat(check(draft(LegalOutcomeKind.CRIMINAL_BEHAVIOUR_ORDER, made, made.plusYears(3)), SEVENTEEN)).isEmpty();
        assertThat(fields(draft(LegalOutcomeKind.CRIMINAL_BEHAVIOUR_ORDER, made, made.plusYears(3).plusDays(1)),
                SEVENTEEN)).containsExactly("expiresOn");
        assertThat(fields(draft(LegalOutcomeKind.CRIMINAL_BEHAVIOUR_ORDER, made, null), SEVENTEEN))
                .containsExactly("expiresOn");
    }

    @Test
    @DisplayName("An injunction or CBO is against an individual: refused for a business, with its terms required for a person")
    void againstAnIndividualWithTerms() {
        assertThat(fields(draft(LegalOutcomeKind.INJUNCTION, TODAY, null), BODY)).containsExactly("kind");
        assertThat(fields(draft(LegalOutcomeKind.CRIMINAL_BEHAVIOUR_ORDER, TODAY, null), BODY)).containsExactly("kind");
        assertThat(fields(new LegalOutcomeDraft(LegalOutcomeKind.INJUNCTION, TODAY, null, "", null, false, false),
                ADULT)).containsExactly("terms");
        assertThat(fields(new LegalOutcomeDraft(LegalOutcomeKind.CLOSURE_ORDER, TODAY, TODAY.plusMonths(1), null,
                "1 High St", true, false), ADULT)).containsExactly("powerOfArrest");
    }

    @Test
    @DisplayName("A breach is on a day the outcome ran, not in the future, and says what was done")
    void breaches() {
        LocalDate made = TODAY.minusDays(30);
        assertThat(LegalOutcomeRules.checkBreach(LegalOutcomeKind.INJUNCTION, made, null, TODAY, "Entered the estate",
                TODAY)).isEmpty();
        assertThat(breachFields(made, null, made.minusDays(1), "x")).containsExactly("breachOn");
        assertThat(breachFields(made, TODAY.minusDays(2), TODAY.minusDays(1), "x")).containsExactly("breachOn");
        assertThat(breachFields(made, null, TODAY.plusDays(1), "x")).containsExactly("breachOn");
        assertThat(breachFields(made, null, null, " ")).containsExactly("breachOn", "description");
    }

    private static List<String> breachFields(LocalDate made, LocalDate expires, LocalDate on, String description) {
        return LegalOutcomeRules.checkBreach(LegalOutcomeKind.INJUNCTION, made, expires, on, description, TODAY)
                .stream().map(FieldError::field).toList();
    }

    /** A draft with terms, and premises for a closure; no power of arrest, the YOT not consulted. */
    private static Draft draft(LegalOutcomeKind kind, LocalDate madeOn, LocalDate expiresOn) {
        return new Draft(new LegalOutcomeDraft(kind, madeOn, expiresOn, "Not to enter the Bradbourne estate",
                kind.closure() ? "Flat 2, 10 Bradbourne Road, Sevenoaks" : null, false, false));
    }

    private record Draft(LegalOutcomeDraft draft) {
        Draft powerOfArrest() {
            return new Draft(new LegalOutcomeDraft(draft.kind(), draft.madeOn(), draft.expiresOn(), draft.terms(),
                    draft.premises(), true, draft.youthOffendingTeamConsulted()));
        }

        Draft consulted() {
            return new Draft(new LegalOutcomeDraft(draft.kind(), draft.madeOn(), draft.expiresOn(), draft.terms(),
                    draft.premises(), draft.powerOfArrest(), true));
        }
    }

    private static List<FieldError> check(Draft draft, Subject subject) {
        return LegalOutcomeRules.check(draft.draft(), subject, TODAY);
    }

    private static List<String> fields(Draft draft, Subject subject) {
        return check(draft, subject).stream().map(FieldError::field).toList();
    }

    private static List<String> fields(LegalOutcomeDraft draft, Subject subject) {
        return LegalOutcomeRules.check(draft, subject, TODAY).stream().map(FieldError::field).toList();
    }
}
