package org.csucasework.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.csucasework.escalation.LadderRules.Standing;
import org.csucasework.escalation.LadderRules.Subject;
import org.csucasework.escalation.LadderRules.Verdict;
import org.csucasework.shared.FieldError;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The ladder's rules, stage by stage, from every standing, for adults, young people around 16 and bodies. */
class LadderRulesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 6);
    static final LadderRules RULES = new LadderRules(List.of(
            new LadderRules.Stage(Ladder.WARNING_LETTER, "ASB warning letter", 1),
            new LadderRules.Stage(Ladder.ABA, "Acceptable Behaviour Agreement", 2),
            new LadderRules.Stage(Ladder.ABA_BREACH_LETTER, "ABA breach letter", 3),
            new LadderRules.Stage(Ladder.CPW, "Community Protection Warning", 4),
            new LadderRules.Stage(Ladder.CPN, "Community Protection Notice", 5),
            new LadderRules.Stage(Ladder.LEGAL, "Civil injunction / Criminal Behaviour Order referral", 6)));

    static final Subject ADULT = Subject.ofPerson(LocalDate.of(1990, 3, 3), false);
    static final Subject BODY = Subject.ofBody();

    static final Standing NOTHING = Standing.nothingIssued();
    static final Standing AFTER_LETTER = new Standing(Ladder.WARNING_LETTER, null, null, false, false, false);
    static final Standing ABA_IN_FORCE = new Standing(Ladder.ABA, null, null, false, true, false);
    static final Standing ABA_BREACHED = new Standing(Ladder.ABA, null, null, false, true, true);
    static final Standing CPW_RUNNING = new Standing(Ladder.CPW, TODAY.minusDays(3), TODAY.plusDays(11), false, false, false);
    static final Standing CPW_ENDS_TODAY = new Standing(Ladder.CPW, TODAY.minusDays(14), TODAY, false, false, false);
    static final Standing CPW_SPENT = new Standing(Ladder.CPW, TODAY.minusDays(20), TODAY.minusDays(6), true, false, false);
    static final Standing AFTER_CPN = new Standing(Ladder.CPN, TODAY.minusDays(60), TODAY.minusDays(46), true, false, false);

    enum Outcome { ALLOWED, SKIP_NEEDS_JUSTIFICATION, REFUSED }

    /** Every stage from every standing, for an adult, without a justification. */
    static Stream<Arguments> adultWithoutJustification() {
        return Stream.of(
                Arguments.of(NOTHING, Ladder.WARNING_LETTER, Outcome.ALLOWED),
                Arguments.of(NOTHING, Ladder.ABA, Outcome.SKIP_NEEDS_JUSTIFICATION),
                Arguments.of(NOTHING, Ladder.ABA_BREACH_LETTER, Outcome.REFUSED),
                Arguments.of(NOTHING, Ladder.CPW, Outcome.SKIP_NEEDS_JUSTIFICATION),
                Arguments.of(NOTHING, Ladder.CPN, Outcome.REFUSED),
                Arguments.of(NOTHING, Ladder.LEGAL, Outcome.SKIP_NEEDS_JUSTIFICATION),
                Arguments.of(AFTER_LETTER, Ladder.WARNING_LETTER, Outcome.ALLOWED),
                Arguments.of(AFTER_LETTER, Ladder.ABA, Outcome.ALLOWED),
                Arguments.of(AFTER_LETTER, Ladder.ABA_BREACH_LETTER, Outcome.REFUSED),
                Arguments.of(AFTER_LETTER, Ladder.CPW, Outcome.SKIP_NEEDS_JUSTIFICATION),
                Arguments.of(AFTER_LETTER, Ladder.CPN, Outcome.REFUSED),
                Arguments.of(AFTER_LETTER, Ladder.LEGAL, Outcome.SKIP_NEEDS_JUSTIFICATION),
                Arguments.of(ABA_IN_FORCE, Ladder.ABA_BREACH_LETTER, Outcome.REFUSED),
                Arguments.of(ABA_IN_FORCE, Ladder.CPW, Outcome.ALLOWED),
                Arguments.of(ABA_IN_FORCE, Ladder.CPN, Outcome.REFUSED),
                Arguments.of(ABA_BREACHED, Ladder.ABA_BREACH_LETTER, Outcome.ALLOWED),
                Arguments.of(ABA_BREACHED, Ladder.CPW, Outcome.ALLOWED),
                Arguments.of(CPW_RUNNING, Ladder.CPW, Outcome.ALLOWED),
                Arguments.of(CPW_RUNNING, Ladder.CPN, Outcome.REFUSED),
                Arguments.of(CPW_RUNNING, Ladder.ABA_BREACH_LETTER, Outcome.REFUSED),
                Arguments.of(CPW_RUNNING, Ladder.LEGAL, Outcome.SKIP_NEEDS_JUSTIFICATION),
                Arguments.of(CPW_ENDS_TODAY, Ladder.CPN, Outcome.REFUSED),
                Arguments.of(CPW_SPENT, Ladder.CPN, Outcome.ALLOWED),
                Arguments.of(CPW_SPENT, Ladder.WARNING_LETTER, Outcome.ALLOWED),
                Arguments.of(AFTER_CPN, Ladder.CPN, Outcome.ALLOWED),
                Arguments.of(AFTER_CPN, Ladder.LEGAL, Outcome.ALLOWED));
    }

    @ParameterizedTest(name = "from {0}: {1} is {2}")
    @MethodSource("adultWithoutJustification")
    @DisplayName("Each stage from each standing, for an adult, without a justification")
    void everyStageFromEveryStanding(Standing standing, String stage, Outcome expected) {
        Verdict verdict = RULES.check(ADULT, standing, stage, null, TODAY);
        assertThat(outcome(verdict)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "from {0}: {1}")
    @MethodSource("adultWithoutJustification")
    @DisplayName("A justification turns a voluntary skip into an allowed skip, and nothing else")
    void justificationOnlyCoversVoluntarySkips(Standing standing, String stage, Outcome without) {
        Verdict verdict = RULES.check(ADULT, standing, stage, "Risk of harm to the neighbours' children", TODAY);
        assertThat(outcome(verdict)).isEqualTo(without == Outcome.REFUSED ? Outcome.REFUSED : Outcome.ALLOWED);
        assertThat(verdict.skip()).isEqualTo(without == Outcome.SKIP_NEEDS_JUSTIFICATION);
    }

    @Test
    @DisplayName("A CPN without a spent CPW is refused naming s43(5), and says a justification cannot override it")
    void cpnWithoutSpentCpwNamesTheSection() {
        Verdict none = RULES.check(ADULT, AFTER_LETTER, Ladder.CPN, "Serious risk of harm", TODAY);
        assertThat(none.errors()).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo("stageCode");
            assertThat(e.message()).contains("s43(5)").contains("no warning has been given")
                    .contains("cannot override");
        });
        Verdict running = RULES.check(ADULT, CPW_RUNNING, Ladder.CPN, null, TODAY);
        assertThat(running.errors()).singleElement().extracting(FieldError::message).asString()
                .contains("s43(5)").contains("17 December 2026");
    }

    @Test
    @DisplayName("A CPW or CPN is refused for a person who is 15 on the day, and allowed on their 16th birthday")
    void ageOnTheDay() {
        LocalDate sixteenTomorrow = TODAY.minusYears(16).plusDays(1);
        LocalDate sixteenToday = TODAY.minusYears(16);
        for (String stage : List.of(Ladder.CPW, Ladder.CPN)) {
            Standing standing = stage.equals(Ladder.CPW) ? ABA_IN_FORCE : CPW_SPENT;
            Verdict fifteen = RULES.check(Subject.ofPerson(sixteenTomorrow, false), standing, stage,
                    "Risk of harm", TODAY);
            assertThat(fifteen.errors()).singleElement().extracting(FieldError::message).asString()
                    .contains("16 or over").contains("s43(1)").contains("16 on 7 December 2026");
            assertThat(RULES.check(Subject.ofPerson(sixteenToday, false), standing, stage, null, TODAY).allowed())
                    .as(stage + " on the 16th birthday").isTrue();
        }
        assertThat(LadderRules.sixteenOrOver(sixteenToday, TODAY)).isTrue();
        assertThat(LadderRules.sixteenOrOver(sixteenTomorrow, TODAY)).isFalse();
    }

    @Test
    @DisplayName("The voluntary stages stay open to a 15-year-old")
    void voluntaryStagesForUnderSixteens() {
        Subject fifteen = Subject.ofPerson(TODAY.minusYears(15), false);
        assertThat(RULES.check(fifteen, NOTHING, Ladder.WARNING_LETTER, null, TODAY).allowed()).isTrue();
        assertThat(RULES.check(fifteen, AFTER_LETTER, Ladder.ABA, null, TODAY).allowed()).isTrue();
    }

    @Test
    @DisplayName("With no date of birth a CPW is refused until the officer confirms the person is 16 or over")
    void unknownAgeNeedsConfirmation() {
        Verdict unknown = RULES.check(Subject.ofPerson(null, false), ABA_IN_FORCE, Ladder.CPW, null, TODAY);
        assertThat(unknown.errors()).singleElement().extracting(FieldError::message).asString()
                .contains("date of birth is not known").contains("confirm");
        assertThat(RULES.check(Subject.ofPerson(null, true), ABA_IN_FORCE, Ladder.CPW, null, TODAY).allowed()).isTrue();
    }

    @Test
    @DisplayName("For a body the ladder starts at the CPW (no skip); letters and agreements are refused; a CPN still needs a spent CPW")
    void bodies() {
        Verdict firstCpw = RULES.check(BODY, NOTHING, Ladder.CPW, null, TODAY);
        assertThat(firstCpw.allowed()).isTrue();
        assertThat(firstCpw.skip()).isFalse();
        for (String individual : List.of(Ladder.WARNING_LETTER, Ladder.ABA, Ladder.ABA_BREACH_LETTER)) {
            assertThat(RULES.check(BODY, NOTHING, individual, "Justified", TODAY).errors())
                    .singleElement().extracting(FieldError::message).asString().contains("business or organisation");
        }
        assertThat(outcome(RULES.check(BODY, NOTHING, Ladder.CPN, "Justified", TODAY))).isEqualTo(Outcome.REFUSED);
        assertThat(outcome(RULES.check(BODY, CPW_RUNNING, Ladder.CPN, null, TODAY))).isEqualTo(Outcome.REFUSED);
        assertThat(outcome(RULES.check(BODY, CPW_SPENT, Ladder.CPN, null, TODAY))).isEqualTo(Outcome.ALLOWED);
    }

    @Test
    @DisplayName("An unknown stage is refused at the stage field")
    void unknownStage() {
        assertThat(RULES.check(ADULT, NOTHING, "DETENTION", null, TODAY).errors())
                .extracting(FieldError::field).containsExactly("stageCode");
        assertThat(RULES.check(ADULT, NOTHING, null, null, TODAY).allowed()).isFalse();
    }

    private static Outcome outcome(Verdict verdict) {
        if (verdict.allowed()) {
            return Outcome.ALLOWED;
        }
        boolean onlySkip = verdict.skip() && verdict.errors().stream().anyMatch(e -> e.field().equals("skipJustification"));
        return onlySkip ? Outcome.SKIP_NEEDS_JUSTIFICATION : Outcome.REFUSED;
    }
}
