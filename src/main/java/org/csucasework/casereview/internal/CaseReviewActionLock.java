package org.csucasework.casereview.internal;

import org.csucasework.tasking.ActionOwnerKind;
import org.csucasework.tasking.ActionOwnerLock;
import org.springframework.stereotype.Component;

/** Changes to one Case Review's recommendations wait for each other, on the review's row (see {@link ActionOwnerLock}). */
@Component
class CaseReviewActionLock implements ActionOwnerLock {

    private final CaseReviewRepository reviews;

    CaseReviewActionLock(CaseReviewRepository reviews) {
        this.reviews = reviews;
    }

    @Override
    public ActionOwnerKind kind() {
        return ActionOwnerKind.CASE_REVIEW;
    }

    @Override
    public void lock(String ownerReference) {
        reviews.lockByReference(ownerReference);
    }
}
