package org.csucasework.casereview.process;

import org.csucasework.casereview.CaseReviewService;
import org.springframework.stereotype.Component;

/** Records that the applicant was sent the threshold decision. */
@Component("caseReviewTellDecision")
class TellDecision implements CaseReviewDelegates.ById {

    private final CaseReviewService applications;

    TellDecision(CaseReviewService applications) {
        this.applications = applications;
    }

    @Override
    public void run(Long caseReviewId) {
        applications.decisionTold(caseReviewId);
    }
}
