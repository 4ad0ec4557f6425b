package org.csucasework.casereview.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.csucasework.casereview.AsbCaseReviewProcess;

/** The review's id, the only thing the delegates read from the process. */
final class CaseReviewDelegates {

    private CaseReviewDelegates() {
    }

    static Long caseReviewId(DelegateExecution execution) {
        return (Long) execution.getVariable(AsbCaseReviewProcess.VAR_CASE_REVIEW_ID);
    }

    /** A thin delegate: one call of a service with the review's id. */
    interface ById extends JavaDelegate {

        void run(Long caseReviewId);

        @Override
        default void execute(DelegateExecution execution) {
            run(caseReviewId(execution));
        }
    }
}
