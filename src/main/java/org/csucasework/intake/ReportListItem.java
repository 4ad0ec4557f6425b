package org.csucasework.intake;

import java.time.Instant;
import java.util.Set;

/** A report as the reports list shows it: no personal details beyond the case officer's username. */
public record ReportListItem(String reference, Instant receivedAt, ReportStatus status, String categoryCode,
                             String categoryName, String wardCode, String wardName, String placeLabel,
                             Set<ReportFlag> flags, String caseOfficer, String owningAgencyCode) {
}
