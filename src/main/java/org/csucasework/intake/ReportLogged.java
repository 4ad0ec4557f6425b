package org.csucasework.intake;

/**
 * A report was logged. Published inside the logging transaction, so that listeners (the daily tasking process)
 * commit or roll back together with the report. Holds no personal data.
 */
public record ReportLogged(Long reportId, String reference, String owningAgencyCode, boolean anonymous,
                           boolean caseReviewThreshold, boolean taskAndFinishSuggested) {
}
