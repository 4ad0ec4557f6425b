package org.csucasework.escalation;

import java.time.LocalDate;

/**
 * What a case waits for after an issue, with the days that matter: an ABA's review date and last day, a CPW's last
 * day to comply, the last day of a watch period. The process sets its timers from these.
 */
public record WaitPlan(WaitKind kind, LocalDate reviewDate, LocalDate termEnd, LocalDate complianceDate,
                       LocalDate watchUntil, boolean abaReviewed) {
}
