package org.csucasework.casereview.process;

import org.csucasework.casereview.CaseReviewWork;
import org.springframework.stereotype.Component;

/** Closes a review whose applicant did not ask for the escalation in time. */
@Component("caseReviewCloseUnescalated")
class CloseUnescalated implements CaseReviewDelegates.ById {

    private final CaseReviewWork work;

    CloseUnescalated(CaseReviewWork work) {
        this.work = work;
    }

    @Override
    public void run(Long caseReviewId) {
        work.closeUnescalated(caseReviewId);
    }
}
