package org.csucasework.casereview;

/** Where an ASB Case Review stands. */
public enum CaseReviewStatus {
    AWAITING_DECISION("Awaiting the threshold decision"),
    THRESHOLD_NOT_MET("Threshold not met"),
    AWAITING_REVIEW("Threshold met: review to be held"),
    OUTCOME_TOLD("Outcome told to the applicant"),
    ESCALATED("Escalated by the applicant"),
    CLOSED("Closed");

    private final String label;

    CaseReviewStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isOpen() {
        return this == AWAITING_DECISION || this == AWAITING_REVIEW || this == OUTCOME_TOLD || this == ESCALATED;
    }
}
