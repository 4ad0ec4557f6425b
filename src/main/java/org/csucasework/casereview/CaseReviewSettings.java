package org.csucasework.casereview;

import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The Case Review's local timings ({@code casework.case-review.timing.*}). Which complaints qualify and the
 * threshold are the intake module's {@code CaseReviewRule} ({@code casework.case-review.*}).
 *
 * @param decisionWorkingDays working days (Monday to Friday but bank holidays:
 *                            {@link org.csucasework.reference.WorkingDays}) within which the applicant is told the
 *                            threshold decision (default 10)
 * @param reminderWorkingDays working days before that due date when the coordinators are reminded (default 2)
 * @param escalationWindow    how long after the outcome the applicant may ask for the escalation (default 1 month)
 * @param escalationRoute     who reviews the handling when the applicant is not satisfied (the local escalation
 *                            route the outcome letter names; default the Police and Crime Commissioner's office)
 */
@ConfigurationProperties("casework.case-review.timing")
public record CaseReviewSettings(Integer decisionWorkingDays, Integer reminderWorkingDays, Period escalationWindow,
                                 String escalationRoute) {

    public CaseReviewSettings {
        decisionWorkingDays = decisionWorkingDays == null || decisionWorkingDays < 1 ? 10 : decisionWorkingDays;
        reminderWorkingDays = reminderWorkingDays == null || reminderWorkingDays < 0 ? 2 : reminderWorkingDays;
        escalationWindow = escalationWindow == null ? Period.ofMonths(1) : escalationWindow;
        escalationRoute = escalationRoute == null || escalationRoute.isBlank()
                ? "the Office of the Police and Crime Commissioner" : escalationRoute.trim();
    }
}
