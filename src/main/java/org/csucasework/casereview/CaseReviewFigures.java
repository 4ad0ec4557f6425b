package org.csucasework.casereview;

import java.time.LocalDate;

/**
 * The ASB Case Review figures the partnership publishes for a year (s104(10) of the 2014 Act), counted over the
 * applications made in the period, plus how long the threshold decisions took.
 *
 * @param medianWorkingDaysToDecision the median working days from application to decision, null when none decided
 * @param decisionsLate               decisions taken after their due date
 */
public record CaseReviewFigures(LocalDate periodStart, LocalDate periodEnd, long applications,
                                long thresholdNotMet, long reviewsCarriedOut, long reviewsWithRecommendations,
                                Double medianWorkingDaysToDecision, long decisionsLate) {
}
