package org.csucasework.escalation;

import java.time.LocalDate;

/** A case as the caseworkers' list shows it, with what it waits for next and when. */
public record CaseSummary(Long id, String reference, String personName, CaseStatus status, String ladderStageLabel,
                          String caseworker, String next, LocalDate nextDate) {
}
