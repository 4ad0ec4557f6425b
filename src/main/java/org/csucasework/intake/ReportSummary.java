package org.csucasework.intake;

import java.time.Instant;
import java.util.Set;

/** A report as lists show it: no personal details. */
public record ReportSummary(Long id, String reference, Instant receivedAt, String categoryCode, String categoryName,
                            String wardCode, String placeLabel, ReportStatus status, Set<ReportFlag> flags,
                            String owningAgencyCode) {
}
