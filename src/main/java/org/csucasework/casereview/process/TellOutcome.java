package org.csucasework.casereview.process;

import org.csucasework.casereview.CaseReviewWork;
import org.springframework.stereotype.Component;

/** Records that the applicant was sent the review's outcome. */
@Component("caseReviewTellOutcome")
class TellOutcome implements CaseReviewDelegates.ById {

    private final CaseReviewWork work;

    TellOutcome(CaseReviewWork work) {
        this.work = work;
    }

    @Override
    public void run(Long caseReviewId) {
        work.outcomeTold(caseReviewId);
    }
}
