package org.csucasework.escalation;

import static org.csucasework.escalation.internal.CaseAccess.blank;

import java.time.LocalDate;
import java.util.List;
import org.csucasework.shared.FieldError;
import org.csucasework.shared.ui.UkDates;

/**
 * The one check of a notice's requirements (s43(3)), for a proposal and for the court's new terms on a varied
 * appeal: each says what it is, and each "do" has a day, after {@code after}, by which it must be done.
 */
final class Requirements {

    private Requirements() {
    }

    static void check(List<Requirement> requirements, LocalDate after, List<FieldError> errors) {
        for (int i = 0; i < requirements.size(); i++) {
            Requirement r = requirements.get(i);
            String field = "requirements[" + i + "]";
            if (r == null || r.kind() == null) {
                errors.add(new FieldError(field + ".kind", "Choose STOP or DO"));
                continue;
            }
            if (blank(r.text())) {
                errors.add(new FieldError(field + ".text", "Say what the requirement is"));
            } else if (r.text().trim().length() > EscalationFieldLimits.REQUIREMENT) {
                errors.add(new FieldError(field + ".text", "At most " + EscalationFieldLimits.REQUIREMENT + " characters"));
            }
            if (r.kind() == Requirement.Kind.DO) {
                if (r.deadline() == null) {
                    errors.add(new FieldError(field + ".deadline", "Give the day by which this must be done"));
                } else if (!r.deadline().isAfter(after)
                        || r.deadline().isAfter(after.plusDays(EscalationFieldLimits.MAX_DURATION_DAYS))) {
                    errors.add(new FieldError(field + ".deadline", "A day after " + UkDates.day(after)
                            + " and within " + EscalationFieldLimits.MAX_DURATION_DAYS + " days of it"));
                }
            }
        }
    }
}
