package org.csucasework.escalation;

import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.csucasework.shared.FieldError;

/**
 * Which step may follow where a subject stands, as the 2014 Act and the partnership's ladder say. Plain Java, no
 * Spring, no database: the services gather the facts ({@link Subject}, {@link Standing}) and this class decides, so
 * every rule is unit-tested stage by stage. What the law fixes (s43) cannot be overridden by a justification or by
 * an approval; only the voluntary stages (warning letter, ABA) may be skipped, with a justification.
 */
public final class LadderRules {

    /** The statutory minimum age for a Community Protection Warning or Notice (s43(1)). */
    public static final int MINIMUM_AGE = 16;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    /** Warning letters and agreements are for individuals; a body's ladder starts at the CPW. */
    private static final Set<String> FOR_INDIVIDUALS_ONLY = Set.of(Ladder.WARNING_LETTER, Ladder.ABA,
            Ladder.ABA_BREACH_LETTER);
    /** The voluntary stages: the only ones a justification may skip. */
    private static final Set<String> VOLUNTARY = Set.of(Ladder.WARNING_LETTER, Ladder.ABA);
    private static final Set<String> COMMUNITY_PROTECTION = Set.of(Ladder.CPW, Ladder.CPN);

    /** A stage of the ladder as the reference data has it. */
    public record Stage(String code, String label, int order) {
    }

    /**
     * Whom the case is about: a body (business or organisation), or a person with their date of birth (null when
     * unknown) and whether an officer confirmed that they are 16 or over when it is unknown.
     */
    public record Subject(boolean body, LocalDate dateOfBirth, boolean ageConfirmed) {

        public static Subject ofBody() {
            return new Subject(true, null, false);
        }

        public static Subject ofPerson(LocalDate dateOfBirth, boolean ageConfirmed) {
            return new Subject(false, dateOfBirth, ageConfirmed);
        }
    }

    /**
     * Where the subject stands: the stage reached (null before anything), the last CPW issued and when its time to
     * comply ends (null when none), whether that time has been recorded as passed, whether an ABA is in force, and
     * whether a confirmed breach of it has not been answered yet.
     */
    public record Standing(String stageCode, LocalDate cpwIssuedOn, LocalDate cpwComplianceDate,
                           boolean cpwCompliancePassed, boolean abaInForce, boolean breachUnanswered) {

        public static Standing nothingIssued() {
            return new Standing(null, null, null, false, false, false);
        }
    }

    /** The answer: whether the step skips a stage (then it carries the justification), and what refuses it. */
    public record Verdict(boolean skip, List<FieldError> errors) {

        public boolean allowed() {
            return errors.isEmpty();
        }
    }

    private final List<Stage> ladder;

    public LadderRules(List<Stage> ladder) {
        this.ladder = List.copyOf(ladder);
    }

    /** Checks a proposed step; {@code justification} is the caseworker's reason for a skip (null when none). */
    public Verdict check(Subject subject, Standing standing, String stageCode, String justification, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        Optional<Stage> proposed = stage(stageCode);
        if (proposed.isEmpty()) {
            errors.add(new FieldError("stageCode", "Choose the step to propose"));
            return new Verdict(false, errors);
        }
        String code = proposed.get().code();
        if (subject.body() && FOR_INDIVIDUALS_ONLY.contains(code)) {
            errors.add(new FieldError("stageCode", proposed.get().label() + " is for an individual: for a business or "
                    + "organisation the ladder starts at the Community Protection Warning"));
            return new Verdict(false, errors);
        }
        if (COMMUNITY_PROTECTION.contains(code) && !subject.body()) {
            ageRule(subject, proposed.get(), today).ifPresent(errors::add);
        }
        if (Ladder.CPN.equals(code)) {
            cpnRule(standing, justification, today).ifPresent(errors::add);
            return new Verdict(false, errors);
        }
        if (Ladder.ABA_BREACH_LETTER.equals(code)) {
            if (!standing.abaInForce() || !standing.breachUnanswered()) {
                errors.add(new FieldError("stageCode", "An ABA breach letter follows a confirmed breach of an ABA in "
                        + "force: report the breach and confirm it first"));
            }
            return new Verdict(false, errors);
        }
        List<String> skipped = skipped(subject, standing, proposed.get());
        if (skipped.isEmpty()) {
            return new Verdict(false, errors);
        }
        if (justification == null || justification.isBlank()) {
            errors.add(new FieldError("stageCode", "Proposing " + article(proposed.get().label()) + " skips "
                    + String.join(" and ", skipped) + ". A voluntary stage may be skipped only with a justification "
                    + "(for example a risk of harm) that the supervisor approves."));
            errors.add(new FieldError("skipJustification", "Give the justification for skipping "
                    + String.join(" and ", skipped)));
        }
        return new Verdict(true, errors);
    }

    /** Whether someone born on {@code dateOfBirth} is at least 16 on {@code day} (their 16th birthday counts). */
    public static boolean sixteenOrOver(LocalDate dateOfBirth, LocalDate day) {
        return Period.between(dateOfBirth, day).getYears() >= MINIMUM_AGE;
    }

    /** s43(1): a CPW or CPN only to a person aged 16 or over (or a body). */
    private static Optional<FieldError> ageRule(Subject subject, Stage stage, LocalDate today) {
        if (subject.dateOfBirth() == null) {
            return subject.ageConfirmed() ? Optional.empty() : Optional.of(new FieldError("stageCode",
                    article(stage.label()) + " may only be given to a person aged 16 or over (Anti-social Behaviour, "
                    + "Crime and Policing Act 2014, s43(1)), and the person's date of birth is not known: record it, "
                    + "or confirm on the case that you have checked they are 16 or over"));
        }
        if (!sixteenOrOver(subject.dateOfBirth(), today)) {
            return Optional.of(new FieldError("stageCode", article(stage.label()) + " may only be given to a person "
                    + "aged 16 or over (Anti-social Behaviour, Crime and Policing Act 2014, s43(1)); this person is "
                    + "under 16 today (16 on " + DAY.format(subject.dateOfBirth().plusYears(MINIMUM_AGE)) + "). "
                    + "No justification or approval changes this: consider a warning letter, an ABA or a referral."));
        }
        return Optional.empty();
    }

    /**
     * s43(5): a CPN only once a written warning (the CPW) was given and the time to deal with the matter has passed
     * without it being dealt with. No skip, whoever approves.
     */
    private static Optional<FieldError> cpnRule(Standing standing, String justification, LocalDate today) {
        String no = justification == null || justification.isBlank() ? ""
                : " A justification cannot override this.";
        if (standing.cpwIssuedOn() == null || standing.cpwComplianceDate() == null) {
            return Optional.of(new FieldError("stageCode", "A Community Protection Notice may only follow a Community "
                    + "Protection Warning whose time to comply has passed without compliance (Anti-social Behaviour, "
                    + "Crime and Policing Act 2014, s43(5)), and no warning has been given on this case: propose a "
                    + "Community Protection Warning first." + no));
        }
        boolean passed = standing.cpwCompliancePassed() || standing.cpwComplianceDate().isBefore(today);
        if (!passed) {
            return Optional.of(new FieldError("stageCode", "A Community Protection Notice may only follow a Community "
                    + "Protection Warning whose time to comply has passed without compliance (Anti-social Behaviour, "
                    + "Crime and Policing Act 2014, s43(5)): the warning given on " + DAY.format(standing.cpwIssuedOn())
                    + " allows until " + DAY.format(standing.cpwComplianceDate()) + "." + no));
        }
        return Optional.empty();
    }

    /**
     * The stages between where the subject stands and the proposed one that a justification must account for: the
     * voluntary stages a person has not been through (never a body's), and for a referral to legal the statutory ones
     * (which the law does not require before an injunction). The ABA breach letter is never a stage to pass through.
     */
    private List<String> skipped(Subject subject, Standing standing, Stage proposed) {
        int current = Optional.ofNullable(standing.stageCode()).flatMap(this::stage).map(Stage::order).orElse(0);
        return ladder.stream()
                .filter(s -> s.order() > current && s.order() < proposed.order())
                .filter(s -> !Ladder.ABA_BREACH_LETTER.equals(s.code()))
                .filter(s -> !(subject.body() && FOR_INDIVIDUALS_ONLY.contains(s.code())))
                .filter(s -> VOLUNTARY.contains(s.code()) || Ladder.LEGAL.equals(proposed.code()))
                .map(Stage::label)
                .toList();
    }

    private Optional<Stage> stage(String code) {
        return code == null ? Optional.empty() : ladder.stream().filter(s -> s.code().equals(code)).findFirst();
    }

    static String article(String label) {
        return ("aeiouAEIOU".indexOf(label.charAt(0)) >= 0 ? "an " : "a ") + label;
    }
}
