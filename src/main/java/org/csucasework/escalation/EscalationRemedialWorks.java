package org.csucasework.escalation;

import static org.csucasework.escalation.internal.CaseAccess.blank;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.csucasework.escalation.internal.Breach;
import org.csucasework.escalation.internal.BreachRepository;
import org.csucasework.escalation.internal.CaseAccess;
import org.csucasework.escalation.internal.EscalationCase;
import org.csucasework.escalation.internal.EscalationHistory;
import org.csucasework.escalation.internal.EscalationStep;
import org.csucasework.escalation.internal.EscalationStepRepository;
import org.csucasework.escalation.internal.RemedialWork;
import org.csucasework.escalation.internal.RemedialWorkRepository;
import org.csucasework.shared.FieldError;
import org.csucasework.shared.NotFoundException;
import org.csucasework.shared.ValidationException;
import org.csucasework.shared.ui.UkDates;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Remedial action, works in default (s47): after a confirmed breach of a served CPN the council does the work the
 * notice required and recovers its cost from the person or body. Recorded: what, when, the cost, what was recovered.
 */
@Service
@RequiredArgsConstructor
public class EscalationRemedialWorks {

    private final EscalationStepRepository steps;
    private final BreachRepository breaches;
    private final RemedialWorkRepository works;
    private final CaseAccess access;
    private final EscalationHistory history;

    @PreAuthorize("hasAnyRole('CASEWORKER', 'SUPERVISOR')")
    @Transactional
    public Long record(String reference, String description, LocalDate doneOn, Integer costPence) {
        EscalationCase c = access.requireOpen(reference);
        EscalationStep notice = steps.findLastServed(c.getId(), Ladder.CPN).orElseThrow(() -> ValidationException.of(
                "description", "Works in default follow the breach of a Community Protection Notice served on this case (s47)"));
        access.refuseIfQuashed(notice, "description");
        List<FieldError> errors = new ArrayList<>();
        boolean breachConfirmed = breaches.findFirstByCaseIdAndStatusOrderByReportedAtDesc(c.getId(),
                Breach.Status.CONFIRMED).filter(b -> b.getDecidedAt().isAfter(notice.getServiceRecordedAt())).isPresent();
        if (!breachConfirmed) {
            errors.add(new FieldError("description", "Confirm a breach of the notice first (s47)"));
        } else if (blank(description)) {
            errors.add(new FieldError("description", "Say what work was done"));
        } else if (description.trim().length() > EscalationFieldLimits.NOTE) {
            errors.add(new FieldError("description", "At most " + EscalationFieldLimits.NOTE + " characters"));
        }
        if (doneOn == null || doneOn.isBefore(notice.getServedOn()) || doneOn.isAfter(access.today())) {
            errors.add(new FieldError("doneOn", "A day from the notice's service (" + UkDates.day(notice.getServedOn())
                    + ") to today"));
        }
        if (costPence == null || costPence < 0) {
            errors.add(new FieldError("costPence", "Give the cost of the work, in pence (0 or more)"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        RemedialWork work = works.save(new RemedialWork(c.getId(), notice.getId(), description.trim(), doneOn, costPence,
                access.now(), access.actor()));
        history.record(c, access.actor(), "WORKS_IN_DEFAULT", "Works in default on " + UkDates.day(doneOn) + ": "
                + description.trim() + ", costing " + EscalationPenalties.pounds(costPence) + " to recover (s47)");
        return work.getId();
    }

    @PreAuthorize("hasAnyRole('CASEWORKER', 'SUPERVISOR')")
    @Transactional
    public void recovered(String reference, Long workId, Integer pence) {
        EscalationCase c = access.requireOpen(reference);
        RemedialWork work = works.findById(workId == null ? -1L : workId).filter(w -> w.getCaseId().equals(c.getId()))
                .orElseThrow(() -> new NotFoundException("No such works on " + reference));
        if (pence == null || pence <= 0 || pence > work.outstandingPence()) {
            throw ValidationException.of("recoveredPence", "A sum from 1p to what is still owed ("
                    + EscalationPenalties.pounds(work.outstandingPence()) + ")");
        }
        work.recovered(pence);
        access.flush();
        history.record(c, access.actor(), "WORKS_COST_RECOVERED", EscalationPenalties.pounds(pence)
                + " recovered towards the works in default; " + EscalationPenalties.pounds(work.outstandingPence())
                + " still owed");
    }

    @Transactional(readOnly = true)
    public List<WorkView> works(String reference) {
        EscalationCase c = access.requireReadable(reference);
        return works.findByCaseIdOrderByDoneOnAscIdAsc(c.getId()).stream()
                .map(w -> new WorkView(w.getId(), w.getDescription(), w.getDoneOn(), w.getCostPence(),
                        w.getRecoveredPence()))
                .toList();
    }

    public record WorkView(Long id, String description, LocalDate doneOn, int costPence, int recoveredPence) {
    }
}
