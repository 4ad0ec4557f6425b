package org.csucasework.casereview.process;

import org.csucasework.casereview.CaseReviewService;
import org.springframework.stereotype.Component;

/** Counts the qualifying complaints (the threshold test). */
@Component("caseReviewTestThreshold")
class TestThreshold implements CaseReviewDelegates.ById {

    private final CaseReviewService applications;

    TestThreshold(CaseReviewService applications) {
        this.applications = applications;
    }

    @Override
    public void run(Long caseReviewId) {
        applications.testThreshold(caseReviewId);
    }
}
