package org.csucasework.escalation;

import static org.csucasework.escalation.AsbEscalationProcess.REVIEW_ABA;
import static org.csucasework.escalation.AsbEscalationProcess.VAR_ABA_REVIEWED;
import static org.csucasework.escalation.internal.CaseAccess.blank;

import java.util.Map;
import org.csucasework.escalation.internal.CaseAccess;
import org.csucasework.escalation.internal.CaseHistory;
import org.csucasework.escalation.internal.EscalationCase;
import org.csucasework.escalation.process.CaseProcess;
import org.csucasework.shared.ValidationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Service of what was issued and the deadlines that follow: the ABA's review before its term ends. The timers
 * themselves are the process's ({@code bpmn/asb-escalation.bpmn}).
 */
@Service
public class EscalationDeadlines {

    private final CaseAccess access;
    private final CaseHistory history;
    private final CaseProcess process;

    EscalationDeadlines(CaseAccess access, CaseHistory history, CaseProcess process) {
        this.access = access;
        this.history = history;
        this.process = process;
    }

    /** The review of an ABA before its term ends: recorded, then the case waits for the end of the term. */
    @PreAuthorize("hasAnyRole('CASEWORKER', 'SUPERVISOR')")
    @Transactional
    public void reviewAba(String reference, String outcome) {
        EscalationCase c = access.requireOpen(reference);
        if (!process.isWaitingAt(reference, REVIEW_ABA)) {
            throw ValidationException.of("reviewNote", "No ABA review is due on this case");
        }
        if (blank(outcome)) {
            throw ValidationException.of("reviewNote", "Record the outcome of the review");
        }
        if (outcome.trim().length() > EscalationFieldLimits.NOTE) {
            throw ValidationException.of("reviewNote", "At most " + EscalationFieldLimits.NOTE + " characters");
        }
        c.abaReviewed();
        access.flush();
        history.record(c, access.actor(), "ABA_REVIEWED", "ABA reviewed: " + outcome.trim());
        process.completeTask(reference, REVIEW_ABA, Map.of(VAR_ABA_REVIEWED, true));
    }
}
