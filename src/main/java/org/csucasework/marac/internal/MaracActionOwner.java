package org.csucasework.marac.internal;

import org.csucasework.actions.ActionOwnerKind;
import org.csucasework.actions.ActionOwnerType;
import org.csucasework.actions.StandardActionOwner;
import org.csucasework.casehistory.CaseHistory;
import org.csucasework.casehistory.CaseRef;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Community MARAC cases own the actions their meetings agree: locked on the referral's row; members and the CSU
 * only, so a partner works them from My actions.
 */
@Configuration(proxyBeanMethods = false)
class MaracActionOwner {

    @Bean
    ActionOwnerType maracCasesOwningActions(MaracReferralRepository referrals, CaseHistory history) {
        return new StandardActionOwner(ActionOwnerKind.COMMUNITY_MARAC, "Community MARAC referral", "marac/cases/", false,
                referrals::findByReferenceForUpdate, CaseRef::maracReferral, history);
    }
}
