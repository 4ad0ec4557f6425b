package org.csucasework.marac;

import java.util.Optional;
import org.csucasework.casehistory.CaseAccess;
import org.csucasework.casehistory.CaseKind;
import org.csucasework.marac.internal.MaracReferralRepository;
import org.csucasework.shared.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * Who may see a Community MARAC case's history and documents: MARAC members only (not a referrer who is not one),
 * and never a draft. A refusal is audited by {@link MaracReferralService}.
 */
@Component
class MaracCaseAccess implements CaseAccess {

    private final MaracReferralService referrals;
    private final MaracReferralRepository repository;

    MaracCaseAccess(MaracReferralService referrals, MaracReferralRepository repository) {
        this.referrals = referrals;
        this.repository = repository;
    }

    @Override
    public CaseKind kind() {
        return CaseKind.MARAC_REFERRAL;
    }

    @Override
    public Optional<Long> visibleCase(String reference) {
        try {
            return Optional.of(referrals.historyVisibleTo(reference));
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }

    @Override
    public boolean maySee(long caseId) {
        return repository.findById(caseId).map(MaracReferral::getReference).flatMap(this::visibleCase).isPresent();
    }

    @Override
    public String referenceOf(long caseId) {
        return repository.findById(caseId).map(MaracReferral::getReference).orElse(String.valueOf(caseId));
    }
}
