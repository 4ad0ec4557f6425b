package org.csucasework.marac.internal;

import org.csucasework.tasking.ActionOwnerKind;
import org.csucasework.tasking.ActionOwnerLock;
import org.springframework.stereotype.Component;

/** Changes to one MARAC case's actions wait for each other, on the referral's row (see {@link ActionOwnerLock}). */
@Component
class MaracActionLock implements ActionOwnerLock {

    private final MaracReferralRepository referrals;

    MaracActionLock(MaracReferralRepository referrals) {
        this.referrals = referrals;
    }

    @Override
    public ActionOwnerKind kind() {
        return ActionOwnerKind.COMMUNITY_MARAC;
    }

    @Override
    public void lock(String ownerReference) {
        referrals.findByReferenceForUpdate(ownerReference);
    }
}
