package org.csucasework.escalation;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import org.csucasework.shared.FieldError;
import org.csucasework.shared.ui.UkDates;

/**
 * What the 2014 Act fixes about the legal outcomes beyond the ladder, as plain Java so that each rule is unit-tested:
 * the services gather the facts (whom the case is about, today) and this class answers with the refused fields.
 * Dates are days: a closure notice of 24 hours ends the next day, one extended to 48 hours the day after that.
 */
public final class LegalOutcomeRules {

    /** Under this age on the day, an injunction or order is about a young person (the youth provisions apply). */
    public static final int ADULT_AGE = 18;
    /** s1(1): an injunction against a person aged 10 or over. */
    public static final int INJUNCTION_MINIMUM_AGE = 10;
    /** s77: a closure notice lasts 24 hours, extendable to 48 hours: at most two days after it was issued. */
    public static final int CLOSURE_NOTICE_MAX_DAYS = 2;
    /** s80: a closure order of up to 3 months; s82: extended to at most 6 months in all. */
    public static final int CLOSURE_ORDER_MAX_MONTHS = 3;
    public static final int CLOSURE_ORDER_EXTENDED_MAX_MONTHS = 6;
    /** s1(6): an injunction against a person under 18 lasts at most 12 months. */
    public static final int YOUNG_INJUNCTION_MAX_MONTHS = 12;
    /** s25: a Criminal Behaviour Order lasts 1 to 3 years for a person under 18, at least 2 years for an adult. */
    public static final int YOUNG_CBO_MIN_YEARS = 1;
    public static final int YOUNG_CBO_MAX_YEARS = 3;
    public static final int ADULT_CBO_MIN_YEARS = 2;

    /**
     * Whom the case is about: a body (business or organisation), or a person with their date of birth (null when
     * unknown) and whether the case records them as a young person (what counts when the date of birth is unknown).
     */
    public record Subject(boolean body, LocalDate dateOfBirth, boolean youngPerson) {

        /** Under 18 on the day: by the date of birth when known, otherwise as the case records it. */
        public boolean under18On(LocalDate day) {
            if (body) {
                return false;
            }
            return dateOfBirth == null || day == null ? youngPerson
                    : Period.between(dateOfBirth, day).getYears() < ADULT_AGE;
        }
    }

    private LegalOutcomeRules() {
    }

    /** The fields refused in a legal outcome to be recorded; empty when it may be recorded. */
    public static List<FieldError> check(LegalOutcomeDraft draft, Subject subject, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        LegalOutcomeKind kind = draft.kind();
        if (kind == null) {
            errors.add(new FieldError("kind", "Choose the legal outcome: injunction, Criminal Behaviour Order, "
                    + "closure notice or closure order"));
            return errors;
        }
        if (kind.againstAPerson() && subject.body()) {
            errors.add(new FieldError("kind", kind.label() + ": made against an individual, not a business or "
                    + "organisation; for its premises record a closure notice or order"));
            return errors;
        }
        LocalDate madeOn = draft.madeOn();
        if (madeOn == null) {
            errors.add(new FieldError("madeOn", "Give the " + kind.madeOnLabel()));
        } else if (madeOn.isAfter(today)) {
            errors.add(new FieldError("madeOn", "A day in the future: record it once it has happened"));
        }
        boolean young = subject.under18On(madeOn == null ? today : madeOn);
        if (kind == LegalOutcomeKind.INJUNCTION) {
            injunction(draft, subject, young, errors);
        }
        expiry(draft, young, errors);
        if (kind.againstAPerson() && blank(draft.terms())) {
            errors.add(new FieldError("terms", "Give the terms: what it forbids and what it requires"));
        }
        if (draft.terms() != null && draft.terms().trim().length() > EscalationFieldLimits.NOTE) {
            errors.add(new FieldError("terms", "At most " + EscalationFieldLimits.NOTE + " characters"));
        }
        if (kind.closure() && blank(draft.premises())) {
            errors.add(new FieldError("premises", "Give the premises closed"));
        } else if (draft.premises() != null && draft.premises().trim().length() > EscalationFieldLimits.ADDRESS) {
            errors.add(new FieldError("premises", "At most " + EscalationFieldLimits.ADDRESS + " characters"));
        }
        if (draft.powerOfArrest() && kind != LegalOutcomeKind.INJUNCTION) {
            errors.add(new FieldError("powerOfArrest", "A power of arrest is attached to an injunction (s4), not to a "
                    + kind.label()));
        }
        return errors;
    }

    /** s1(1) and s14: an injunction against a person aged 10 or over; under 18, only after consulting the YOT. */
    private static void injunction(LegalOutcomeDraft draft, Subject subject, boolean young, List<FieldError> errors) {
        LocalDate madeOn = draft.madeOn();
        if (subject.dateOfBirth() != null && madeOn != null
                && Period.between(subject.dateOfBirth(), madeOn).getYears() < INJUNCTION_MINIMUM_AGE) {
            errors.add(new FieldError("kind", "An injunction is only against a person aged 10 or over (s1(1))"));
        }
        if (young && !draft.youthOffendingTeamConsulted()) {
            errors.add(new FieldError("youthOffendingTeamConsulted", "The person was under 18: the youth offending "
                    + "team is consulted before an injunction is applied for (s14). Record that it was."));
        }
    }

    /** When it ends: after it began, and within what the Act allows for its kind and for a young person. */
    private static void expiry(LegalOutcomeDraft draft, boolean young, List<FieldError> errors) {
        LegalOutcomeKind kind = draft.kind();
        LocalDate madeOn = draft.madeOn();
        LocalDate expiresOn = draft.expiresOn();
        boolean openEnded = !young && kind.againstAPerson();
        if (expiresOn == null) {
            if (!openEnded) {
                errors.add(new FieldError("expiresOn", "Give the day it ends" + (kind.againstAPerson()
                        ? ": for a person under 18 it has an end" : "")));
            }
            return;
        }
        if (madeOn == null) {
            return;
        }
        if (!expiresOn.isAfter(madeOn)) {
            errors.add(new FieldError("expiresOn", "It ends after the " + kind.madeOnLabel()
                    + " (" + UkDates.day(madeOn) + ")"));
            return;
        }
        switch (kind) {
            case CLOSURE_NOTICE -> {
                if (expiresOn.isAfter(madeOn.plusDays(CLOSURE_NOTICE_MAX_DAYS))) {
                    errors.add(new FieldError("expiresOn", "A closure notice lasts at most 48 hours (s77): it ends by "
                            + UkDates.day(madeOn.plusDays(CLOSURE_NOTICE_MAX_DAYS))));
                }
            }
            case CLOSURE_ORDER -> {
                if (expiresOn.isAfter(madeOn.plusMonths(CLOSURE_ORDER_MAX_MONTHS))) {
                    errors.add(new FieldError("expiresOn", "A closure order lasts at most 3 months (s80): it ends by "
                            + UkDates.day(madeOn.plusMonths(CLOSURE_ORDER_MAX_MONTHS))
                            + "; the court may extend it later, to 6 months in all (s82)"));
                }
            }
            case INJUNCTION -> {
                if (young && expiresOn.isAfter(madeOn.plusMonths(YOUNG_INJUNCTION_MAX_MONTHS))) {
                    errors.add(new FieldError("expiresOn", "An injunction against a person under 18 lasts at most 12 "
                            + "months (s1(6)): it ends by " + UkDates.day(madeOn.plusMonths(YOUNG_INJUNCTION_MAX_MONTHS))));
                }
            }
            case CRIMINAL_BEHAVIOUR_ORDER -> {
                if (young && (expiresOn.isBefore(madeOn.plusYears(YOUNG_CBO_MIN_YEARS))
                        || expiresOn.isAfter(madeOn.plusYears(YOUNG_CBO_MAX_YEARS)))) {
                    errors.add(new FieldError("expiresOn", "A Criminal Behaviour Order against a person under 18 lasts "
                            + "1 to 3 years (s25): it ends from " + UkDates.day(madeOn.plusYears(YOUNG_CBO_MIN_YEARS))
                            + " to " + UkDates.day(madeOn.plusYears(YOUNG_CBO_MAX_YEARS))));
                } else if (!young && expiresOn.isBefore(madeOn.plusYears(ADULT_CBO_MIN_YEARS))) {
                    errors.add(new FieldError("expiresOn", "A Criminal Behaviour Order against an adult lasts at least "
                            + "2 years (s25): it ends on or after " + UkDates.day(madeOn.plusYears(ADULT_CBO_MIN_YEARS))
                            + ", or leave the end empty for an order until further order"));
                }
            }
        }
    }

    /** The fields refused in a breach of the outcome: on a day while it ran, not in the future, and what happened. */
    public static List<FieldError> checkBreach(LegalOutcomeKind kind, LocalDate madeOn, LocalDate expiresOn,
                                               LocalDate breachOn, String description, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        if (breachOn == null) {
            errors.add(new FieldError("breachOn", "Give the day of the breach"));
        } else if (breachOn.isAfter(today)) {
            errors.add(new FieldError("breachOn", "A day in the future: record the breach once it has happened"));
        } else if (breachOn.isBefore(madeOn) || (expiresOn != null && breachOn.isAfter(expiresOn))) {
            errors.add(new FieldError("breachOn", "A breach is on a day the " + kind.label() + " ran: from "
                    + UkDates.day(madeOn) + (expiresOn == null ? "" : " to " + UkDates.day(expiresOn))));
        }
        if (blank(description)) {
            errors.add(new FieldError("description", "Say what was done in breach"));
        } else if (description.trim().length() > EscalationFieldLimits.NOTE) {
            errors.add(new FieldError("description", "At most " + EscalationFieldLimits.NOTE + " characters"));
        }
        return errors;
    }

    /** The fields refused in extending a closure order: later than it now ends, 6 months in all at most (s82). */
    public static List<FieldError> checkExtension(LegalOutcomeKind kind, LocalDate madeOn, LocalDate expiresOn,
                                                  LocalDate extendedTo) {
        List<FieldError> errors = new ArrayList<>();
        if (kind != LegalOutcomeKind.CLOSURE_ORDER) {
            errors.add(new FieldError("extendedTo", "Only a closure order is extended by the court (s82)"));
        } else if (extendedTo == null) {
            errors.add(new FieldError("extendedTo", "Give the day the extended order ends"));
        } else if (!extendedTo.isAfter(expiresOn)) {
            errors.add(new FieldError("extendedTo", "Later than the day it ends now, " + UkDates.day(expiresOn)));
        } else if (extendedTo.isAfter(latestClosureOrderEnd(madeOn))) {
            errors.add(new FieldError("extendedTo", "A closure order lasts at most 6 months in all (s82): it ends by "
                    + UkDates.day(latestClosureOrderEnd(madeOn))));
        }
        return errors;
    }

    /** The last day a closure order made on {@code madeOn} may run to, extensions included (s82). */
    public static LocalDate latestClosureOrderEnd(LocalDate madeOn) {
        return madeOn.plusMonths(CLOSURE_ORDER_EXTENDED_MAX_MONTHS);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
