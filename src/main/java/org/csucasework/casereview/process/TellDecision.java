package org.csucasework.casereview.process;

import lombok.RequiredArgsConstructor;
import org.csucasework.casereview.CaseReviewService;
import org.springframework.stereotype.Component;

/** Records that the applicant was sent the threshold decision. */
@Component("caseReviewTellDecision")
@RequiredArgsConstructor
class TellDecision implements CaseReviewDelegates.ById {

    private final CaseReviewService applications;

    @Override
    public void run(Long caseReviewId) {
        applications.decisionTold(caseReviewId);
    }
}
