package org.csucasework.casereview.process;

import lombok.RequiredArgsConstructor;
import org.csucasework.casereview.CaseReviewWork;
import org.springframework.stereotype.Component;

/** Records that the applicant was sent the review's outcome. */
@Component("caseReviewTellOutcome")
@RequiredArgsConstructor
class TellOutcome implements CaseReviewDelegates.ById {

    private final CaseReviewWork work;

    @Override
    public void run(Long caseReviewId) {
        work.outcomeTold(caseReviewId);
    }
}
