package org.csucasework.escalation.internal;

import java.util.List;
import lombok.RequiredArgsConstructor;
import org.csucasework.audit.AuditRecordType;
import org.csucasework.audit.AuditTrail;
import org.csucasework.casehistory.CaseRef;
import org.csucasework.casehistory.HistoryItem;
import org.springframework.stereotype.Component;

/**
 * The one place where the ladder writes and reads a case's timeline. Every service of the module records through
 * here, so that moving the timeline to the product's one history changes this class only.
 */
@Component
@RequiredArgsConstructor
public class EscalationHistory {

    private final org.csucasework.casehistory.CaseHistory history;
    private final AuditTrail audit;

    public void record(EscalationCase c, String actor, String kind, String detail) {
        history.record(CaseRef.escalationCase(c.getId()), actor, kind, detail);
        // Every change to a case is on its timeline; the audit trail gets the kind of change, not the free text.
        audit.changed(AuditRecordType.ESCALATION_CASE, c.getReference(), kind);
    }

    /** The case's entries in the one history (casehistory), oldest first. */
    public List<HistoryItem> timeline(Long caseId) {
        return history.entriesOldestFirst(CaseRef.escalationCase(caseId));
    }
}
