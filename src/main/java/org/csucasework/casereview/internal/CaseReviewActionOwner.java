package org.csucasework.casereview.internal;

import org.csucasework.actions.ActionOwnerKind;
import org.csucasework.actions.ActionOwnerType;
import org.csucasework.actions.StandardActionOwner;
import org.csucasework.casehistory.CaseHistory;
import org.csucasework.casehistory.CaseRef;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * ASB Case Reviews own their recommendations: locked on the review's row; for the panel and the CSU only, so a
 * partner works them from My actions.
 */
@Configuration(proxyBeanMethods = false)
class CaseReviewActionOwner {

    @Bean
    ActionOwnerType caseReviewsOwningActions(CaseReviewRepository reviews, CaseHistory history) {
        return new StandardActionOwner(ActionOwnerKind.CASE_REVIEW, "ASB Case Review", "case-reviews/", false,
                reviews::lockByReference, CaseRef::caseReview, history);
    }
}
