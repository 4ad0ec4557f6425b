package org.csucasework.intake;

import java.util.List;

/**
 * A report was logged. Published inside the logging transaction, so that listeners (the daily tasking process, a
 * Task and Finish Group proposal) commit or roll back together with the report. Ids and flags only, no personal data.
 */
public record ReportLogged(Long reportId, String reference, String owningAgencyCode, boolean anonymous,
                           boolean caseReviewThreshold, boolean taskAndFinishSuggested, Long placeId,
                           List<Long> subjectPersonIds) {

    public ReportLogged {
        subjectPersonIds = subjectPersonIds == null ? List.of() : List.copyOf(subjectPersonIds);
    }
}
