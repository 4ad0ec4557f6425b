package org.csucasework.escalation.process;

import org.csucasework.escalation.EscalationService;
import org.csucasework.intake.ReportLogged;
import org.csucasework.tasking.ReportReferred;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Where the rest of the product reaches the ladder. Plain (synchronous) listeners on purpose: a referral opens its
 * case, and a further report reaches a waiting case, in the same transaction as the referral or the report.
 */
@Component
class EscalationListeners {

    private final EscalationService service;

    EscalationListeners(EscalationService service) {
        this.service = service;
    }

    @EventListener
    void on(ReportReferred referred) {
        service.openFromReferral(referred);
    }

    @EventListener
    void on(ReportLogged logged) {
        service.reportLogged(logged);
    }
}
