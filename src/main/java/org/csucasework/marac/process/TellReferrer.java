package org.csucasework.marac.process;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.csucasework.marac.CommunityMaracProcess;
import org.csucasework.marac.MaracReferralService;
import org.springframework.stereotype.Component;

/** Thin delegate of the "tell the referrer" step: the referral service sends the notification (ids only here). */
@Component("maracTellReferrer")
@RequiredArgsConstructor
class TellReferrer implements JavaDelegate {

    private final MaracReferralService referrals;

    @Override
    public void execute(DelegateExecution execution) {
        Long referralId = (Long) execution.getVariable(CommunityMaracProcess.VAR_REFERRAL_ID);
        referrals.tellReferrerOfScreening(referralId);
    }
}
