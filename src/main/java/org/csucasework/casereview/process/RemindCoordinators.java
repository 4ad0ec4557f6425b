package org.csucasework.casereview.process;

import lombok.RequiredArgsConstructor;
import org.csucasework.casereview.CaseReviewService;
import org.springframework.stereotype.Component;

/** Reminds the coordinators of a threshold decision due soon (the reminder timer). */
@Component("caseReviewRemindCoordinator")
@RequiredArgsConstructor
class RemindCoordinators implements CaseReviewDelegates.ById {

    private final CaseReviewService applications;

    @Override
    public void run(Long caseReviewId) {
        applications.remindCoordinators(caseReviewId);
    }
}
