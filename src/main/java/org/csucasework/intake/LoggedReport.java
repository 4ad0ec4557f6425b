package org.csucasework.intake;

import java.util.Set;

/** The answer to logging a report: its identity and flags; {@code existing} when a retry found the first one. */
public record LoggedReport(Long id, String reference, Set<ReportFlag> flags, Long linkedReportId, boolean existing) {
}
