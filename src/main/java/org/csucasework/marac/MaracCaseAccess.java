package org.csucasework.marac;

import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.csucasework.casehistory.CaseAccess;
import org.csucasework.casehistory.CaseKind;
import org.csucasework.marac.internal.MaracReferralRepository;
import org.springframework.stereotype.Component;

/**
 * Who may see a Community MARAC case's history and documents: MARAC members only (not a referrer who is not one),
 * and never a draft. A refusal is audited by {@link MaracReferralService#historyVisibleTo}.
 */
@Component
@RequiredArgsConstructor
class MaracCaseAccess implements CaseAccess {

    private final MaracReferralService referrals;
    private final MaracReferralRepository repository;

    @Override
    public CaseKind kind() {
        return CaseKind.MARAC_REFERRAL;
    }

    @Override
    public Optional<String> referenceOf(long caseId) {
        return repository.findById(caseId).map(MaracReferral::getReference);
    }

    @Override
    public long requireVisible(String reference) {
        return referrals.historyVisibleTo(reference);
    }
}
