package org.csucasework.casereview.process;

import lombok.RequiredArgsConstructor;
import org.csucasework.casereview.CaseReviewWork;
import org.springframework.stereotype.Component;

/** Closes a review whose applicant did not ask for the escalation in time. */
@Component("caseReviewCloseUnescalated")
@RequiredArgsConstructor
class CloseUnescalated implements CaseReviewDelegates.ById {

    private final CaseReviewWork work;

    @Override
    public void run(Long caseReviewId) {
        work.closeUnescalated(caseReviewId);
    }
}
