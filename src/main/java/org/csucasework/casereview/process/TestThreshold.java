package org.csucasework.casereview.process;

import lombok.RequiredArgsConstructor;
import org.csucasework.casereview.CaseReviewService;
import org.springframework.stereotype.Component;

/** Counts the qualifying complaints (the threshold test). */
@Component("caseReviewTestThreshold")
@RequiredArgsConstructor
class TestThreshold implements CaseReviewDelegates.ById {

    private final CaseReviewService applications;

    @Override
    public void run(Long caseReviewId) {
        applications.testThreshold(caseReviewId);
    }
}
