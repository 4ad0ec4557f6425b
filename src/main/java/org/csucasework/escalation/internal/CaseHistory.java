package org.csucasework.escalation.internal;

import java.time.Clock;
import java.util.List;
import org.csucasework.audit.AuditRecordType;
import org.csucasework.audit.AuditTrail;
import org.springframework.stereotype.Component;

/**
 * The one place where the ladder writes and reads a case's timeline. Every service of the module records through
 * here, so that moving the timeline to the product's one history changes this class only.
 */
@Component
public class CaseHistory {

    private final CaseEventRepository events;
    private final AuditTrail audit;
    private final Clock clock;

    CaseHistory(CaseEventRepository events, AuditTrail audit, Clock clock) {
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    public void record(EscalationCase c, String actor, String kind, String detail) {
        events.save(new CaseEvent(c.getId(), clock.instant(), actor, kind, detail));
        // Every change to a case is on its timeline; the audit trail gets the kind of change, not the free text.
        audit.changed(AuditRecordType.ESCALATION_CASE, c.getReference(), kind);
    }

    public List<CaseEvent> timeline(Long caseId) {
        return events.findByCaseIdOrderByOccurredAtAscIdAsc(caseId);
    }
}
