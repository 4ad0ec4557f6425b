package org.csucasework.marac;

import org.csucasework.security.CurrentUser;
import org.csucasework.shared.Role;
import org.springframework.stereotype.Component;

/**
 * Who may see and work MARAC records. MARAC information is restricted: members (the MARAC_MEMBER role, or the chair,
 * whose role implies membership) see every referral once submitted, every case and meeting; a referrer sees their own
 * referral, and nothing else. Everyone else sees nothing: a record they may not see is "not found", lists are empty.
 * Only the chair screens referrals and runs meetings. Any agency's officer may refer.
 */
@Component
public class MaracAccess {

    public boolean isMember(CurrentUser user) {
        return user.hasAny(Role.MARAC_MEMBER, Role.MARAC_CHAIR);
    }

    public boolean isChair(CurrentUser user) {
        return user.has(Role.MARAC_CHAIR);
    }

    public boolean canSee(CurrentUser user, MaracReferral referral) {
        return isReferrer(user, referral) || (isMember(user) && referral.getStatus() != ReferralStatus.DRAFT);
    }

    public boolean isReferrer(CurrentUser user, MaracReferral referral) {
        return user.username().equals(referral.getReferrerUsername());
    }

    public boolean canRefer(CurrentUser user) {
        return user.hasAny(Role.CASEWORKER, Role.SUPERVISOR, Role.PARTNER, Role.MARAC_MEMBER, Role.MARAC_CHAIR);
    }
}
