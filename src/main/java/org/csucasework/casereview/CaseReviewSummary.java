package org.csucasework.casereview;

import java.time.LocalDate;

/** One application in the list of Case Reviews and in the coordinators' queue. */
public record CaseReviewSummary(String reference, CaseReviewStatus status, ApplicantKind applicantKind,
                                LocalDate appliedOn, LocalDate decisionDue, Boolean thresholdMet,
                                String waitingFor) {
}
