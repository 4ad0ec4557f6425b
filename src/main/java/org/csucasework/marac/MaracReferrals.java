package org.csucasework.marac;

import lombok.RequiredArgsConstructor;
import org.csucasework.tasking.ReferralKind;
import org.csucasework.tasking.ReportReferred;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Starts a draft Community MARAC referral when the daily tasking refers a report to the MARAC. A plain (synchronous)
 * listener on purpose, as for Task and Finish Groups: it runs inside the tasking's transaction, so a referral is never
 * recorded at the tasking without its draft.
 */
@Component
@RequiredArgsConstructor
class MaracReferrals {

    private final MaracReferralService referrals;

    @EventListener
    void on(ReportReferred referred) {
        if (referred.kind() == ReferralKind.COMMUNITY_MARAC) {
            referrals.referredFromTasking(referred);
        }
    }
}
