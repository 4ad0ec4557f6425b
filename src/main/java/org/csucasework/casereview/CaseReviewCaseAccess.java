package org.csucasework.casereview;

import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.csucasework.casehistory.CaseAccess;
import org.csucasework.casehistory.CaseKind;
import org.csucasework.casereview.internal.CaseReviewRepository;
import org.springframework.stereotype.Component;

/**
 * Who may see a Case Review's one history and documents: whoever may read the review (CSU caseworkers and
 * supervisors). The refusal is audited by {@link CaseReviewService#requireReadable}, which decides it.
 */
@Component
@RequiredArgsConstructor
class CaseReviewCaseAccess implements CaseAccess {

    private final CaseReviewService applications;
    private final CaseReviewRepository reviews;

    @Override
    public CaseKind kind() {
        return CaseKind.CASE_REVIEW;
    }

    @Override
    public Optional<String> referenceOf(long caseId) {
        return reviews.findById(caseId).map(CaseReview::getReference);
    }

    @Override
    public long requireVisible(String reference) {
        return applications.requireReadable(reference).getId();
    }
}
