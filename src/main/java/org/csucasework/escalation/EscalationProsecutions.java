package org.csucasework.escalation;

import static org.csucasework.escalation.internal.CaseAccess.blank;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.csucasework.escalation.internal.Breach;
import org.csucasework.escalation.internal.BreachRepository;
import org.csucasework.escalation.internal.CaseAccess;
import org.csucasework.escalation.internal.EscalationCase;
import org.csucasework.escalation.internal.EscalationHistory;
import org.csucasework.escalation.internal.EscalationStep;
import org.csucasework.escalation.internal.EscalationStepRepository;
import org.csucasework.escalation.internal.FixedPenalty;
import org.csucasework.escalation.internal.FixedPenaltyRepository;
import org.csucasework.escalation.internal.Prosecution;
import org.csucasework.escalation.internal.ProsecutionRepository;
import org.csucasework.shared.FieldError;
import org.csucasework.shared.ValidationException;
import org.csucasework.shared.ui.UkDates;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Prosecution for the breach of a CPN (s48): after a confirmed breach of a served notice, never while a fixed
 * penalty's 14 days to pay run (s52); the court, the hearing, the remedial (s49) and forfeiture (s50) orders asked
 * for; then the outcome and the orders made.
 */
@Service
@RequiredArgsConstructor
public class EscalationProsecutions {

    private final EscalationStepRepository steps;
    private final BreachRepository breaches;
    private final FixedPenaltyRepository penalties;
    private final ProsecutionRepository prosecutions;
    private final CaseAccess access;
    private final EscalationHistory history;

    @PreAuthorize("hasAnyRole('CASEWORKER', 'SUPERVISOR')")
    @Transactional
    public Long prepare(String reference, String court, LocalDate hearingOn, boolean remedialOrder,
                        boolean forfeitureOrder) {
        EscalationCase c = access.requireOpen(reference);
        EscalationStep notice = steps.findLastServed(c.getId(), Ladder.CPN).orElseThrow(() -> ValidationException.of(
                "court", "A prosecution is for the breach of a Community Protection Notice served on this case (s48)"));
        access.refuseIfQuashed(notice, "court");
        List<FieldError> errors = new ArrayList<>();
        Optional<Breach> breach = breaches.findFirstByCaseIdAndStatusOrderByReportedAtDesc(c.getId(),
                Breach.Status.CONFIRMED).filter(b -> b.getDecidedAt().isAfter(notice.getServiceRecordedAt()));
        if (breach.isEmpty()) {
            errors.add(new FieldError("court", "Confirm a breach of the notice first (s48)"));
        }
        penalties.findFirstByCaseIdAndStatus(c.getId(), FixedPenalty.Status.ISSUED).ifPresent(p -> errors.add(
                new FieldError("court", "A fixed penalty may be paid until " + UkDates.day(p.getPaymentDue())
                        + ": nobody is prosecuted for the breach before then (s52)")));
        // Paying the fixed penalty discharges the liability for that breach (s52): only a new breach is prosecuted.
        breach.flatMap(b -> penalties.findByCaseIdOrderByIssuedOn(c.getId()).stream()
                        .filter(p -> p.getStatus() == FixedPenalty.Status.PAID && p.getIssuedAt().isAfter(b.getDecidedAt()))
                        .findFirst())
                .ifPresent(p -> errors.add(new FieldError("court", "The fixed penalty for this breach was paid on "
                        + UkDates.day(p.getPaidOn()) + ": nobody is prosecuted for it (s52)")));
        if (blank(court)) {
            errors.add(new FieldError("court", "Name the magistrates' court"));
        } else if (court.trim().length() > EscalationAppeals.COURT_MAX) {
            errors.add(new FieldError("court", "At most " + EscalationAppeals.COURT_MAX + " characters"));
        }
        if (hearingOn != null && hearingOn.isBefore(notice.getServedOn())) {
            errors.add(new FieldError("hearingOn", "A hearing after the notice's service"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        Prosecution prosecution = prosecutions.save(new Prosecution(c.getId(), notice.getId(), court.trim(), hearingOn,
                remedialOrder, forfeitureOrder, access.now(), access.actor()));
        history.record(c, access.actor(), "PROSECUTION_PREPARED", "Prosecution file prepared for " + court.trim()
                + (hearingOn == null ? "" : ", hearing on " + UkDates.day(hearingOn))
                + (remedialOrder ? "; a remedial order (s49) asked for" : "")
                + (forfeitureOrder ? "; a forfeiture order (s50) asked for" : ""));
        return prosecution.getId();
    }

    @PreAuthorize("hasAnyRole('CASEWORKER', 'SUPERVISOR')")
    @Transactional
    public void outcome(String reference, ProsecutionOutcome outcome, LocalDate on, boolean remedialOrderMade,
                        boolean forfeitureOrderMade) {
        EscalationCase c = access.requireOpen(reference);
        Prosecution prosecution = prosecutions.findByCaseIdOrderByRecordedAtAscIdAsc(c.getId()).stream()
                .filter(Prosecution::isPending).findFirst()
                .orElseThrow(() -> ValidationException.of("outcome", "No prosecution waits for its outcome"));
        List<FieldError> errors = new ArrayList<>();
        if (outcome == null) {
            errors.add(new FieldError("outcome", "Choose the outcome: convicted, acquitted or withdrawn"));
        }
        if (on == null || on.isAfter(access.today())) {
            errors.add(new FieldError("outcomeOn", "Give the day of the outcome, not after today"));
        }
        boolean convicted = outcome == ProsecutionOutcome.CONVICTED;
        if (remedialOrderMade && (!convicted || !prosecution.isRemedialOrderAsked())) {
            errors.add(new FieldError("remedialOrderMade", "A remedial order is made on conviction, when asked for (s49)"));
        }
        if (forfeitureOrderMade && (!convicted || !prosecution.isForfeitureOrderAsked())) {
            errors.add(new FieldError("forfeitureOrderMade", "A forfeiture order is made on conviction, when asked for (s50)"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        prosecution.decided(outcome, on, remedialOrderMade, forfeitureOrderMade);
        access.flush();
        history.record(c, access.actor(), "PROSECUTION_OUTCOME", "Prosecution: " + outcome.label().toLowerCase(Locale.UK)
                + " on " + UkDates.day(on) + (remedialOrderMade ? "; remedial order made" : "")
                + (forfeitureOrderMade ? "; forfeiture order made" : ""));
    }

    @Transactional(readOnly = true)
    public List<ProsecutionView> prosecutions(String reference) {
        EscalationCase c = access.requireReadable(reference);
        return prosecutions.findByCaseIdOrderByRecordedAtAscIdAsc(c.getId()).stream()
                .map(p -> new ProsecutionView(p.getId(), p.getCourt(), p.getHearingOn(), p.isRemedialOrderAsked(),
                        p.isForfeitureOrderAsked(), p.getOutcome() == null ? null : p.getOutcome().name(),
                        p.getOutcomeOn(), p.isRemedialOrderMade(), p.isForfeitureOrderMade()))
                .toList();
    }

    public record ProsecutionView(Long id, String court, LocalDate hearingOn, boolean remedialOrderAsked,
                                  boolean forfeitureOrderAsked, String outcome, LocalDate outcomeOn,
                                  boolean remedialOrderMade, boolean forfeitureOrderMade) {
    }
}
