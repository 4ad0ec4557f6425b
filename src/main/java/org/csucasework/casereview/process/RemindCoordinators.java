package org.csucasework.casereview.process;

import org.csucasework.casereview.CaseReviewService;
import org.springframework.stereotype.Component;

/** Reminds the coordinators of a threshold decision due soon (the reminder timer). */
@Component("caseReviewRemindCoordinator")
class RemindCoordinators implements CaseReviewDelegates.ById {

    private final CaseReviewService applications;

    RemindCoordinators(CaseReviewService applications) {
        this.applications = applications;
    }

    @Override
    public void run(Long caseReviewId) {
        applications.remindCoordinators(caseReviewId);
    }
}
