package org.csucasework.escalation;

import static org.csucasework.escalation.AsbEscalationProcess.MESSAGE_FIXED_PENALTY_PAID;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.csucasework.escalation.internal.Breach;
import org.csucasework.escalation.internal.BreachRepository;
import org.csucasework.escalation.internal.CaseAccess;
import org.csucasework.escalation.internal.EscalationCase;
import org.csucasework.escalation.internal.EscalationHistory;
import org.csucasework.escalation.internal.EscalationStep;
import org.csucasework.escalation.internal.EscalationStepRepository;
import org.csucasework.escalation.internal.FixedPenalty;
import org.csucasework.escalation.internal.FixedPenaltyRepository;
import org.csucasework.escalation.process.CaseProcess;
import org.csucasework.shared.FieldError;
import org.csucasework.shared.ValidationException;
import org.csucasework.shared.ui.UkDates;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Fixed penalties for the breach of a Community Protection Notice (s52): issued after a confirmed breach of a served
 * notice, for at most the configured amount (the Act's ceiling is 100 pounds), payable within 14 days, during which
 * nobody is prosecuted; paid, or not, when the process's timer opens the prosecution file (s48).
 */
@Service
public class EscalationPenalties {

    /** The statutory ceiling (s52(6)): 100 pounds. */
    public static final int MAX_PENCE = 10_000;

    private final EscalationStepRepository steps;
    private final BreachRepository breaches;
    private final FixedPenaltyRepository penalties;
    private final CaseAccess access;
    private final EscalationHistory history;
    private final CaseProcess process;
    private final int amountPence;

    EscalationPenalties(EscalationStepRepository steps, BreachRepository breaches, FixedPenaltyRepository penalties,
                        CaseAccess access, EscalationHistory history, CaseProcess process,
                        @Value("${casework.escalation.fixed-penalty-pence:10000}") int amountPence) {
        this.steps = steps;
        this.breaches = breaches;
        this.penalties = penalties;
        this.access = access;
        this.history = history;
        this.process = process;
        // A misconfigured amount must not issue more than the Act allows.
        this.amountPence = Math.min(amountPence, MAX_PENCE);
    }

    /** The amount a fixed penalty is issued for, as configured (100 pounds unless set lower). */
    public int amountPence() {
        return amountPence;
    }

    /** Issues a fixed penalty for the confirmed breach of the case's served CPN, on a day up to today. */
    @PreAuthorize("hasAnyRole('CASEWORKER', 'SUPERVISOR')")
    @Transactional
    public void issue(String reference, LocalDate issuedOn) {
        EscalationCase c = access.requireOpen(reference);
        EscalationStep notice = steps.findLastServed(c.getId(), Ladder.CPN).orElseThrow(() -> ValidationException.of(
                "breach", "A fixed penalty is for the breach of a Community Protection Notice served on this case (s52)"));
        access.refuseIfQuashed(notice, "breach");
        boolean breachConfirmed = breaches.findFirstByCaseIdAndStatusOrderByReportedAtDesc(c.getId(),
                        Breach.Status.CONFIRMED)
                .filter(b -> b.getDecidedAt().isAfter(notice.getServiceRecordedAt())).isPresent();
        List<FieldError> errors = new ArrayList<>();
        if (!breachConfirmed) {
            errors.add(new FieldError("breach", "Confirm a breach of the notice first: a fixed penalty answers a "
                    + "confirmed breach (s52)"));
        }
        penalties.findFirstByCaseIdAndStatus(c.getId(), FixedPenalty.Status.ISSUED).ifPresent(p -> errors.add(
                new FieldError("breach", "A fixed penalty already waits for payment until " + UkDates.day(p.getPaymentDue()))));
        if (issuedOn == null) {
            errors.add(new FieldError("issuedOn", "Give the day the fixed penalty was issued"));
        } else if (issuedOn.isBefore(notice.getServedOn()) || issuedOn.isAfter(access.today())) {
            errors.add(new FieldError("issuedOn", "A day from the notice's service (" + UkDates.day(notice.getServedOn())
                    + ") to today"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        FixedPenalty penalty = penalties.saveAndFlush(new FixedPenalty(c.getId(), notice.getId(), amountPence, issuedOn,
                access.now(), access.actor()));
        history.record(c, access.actor(), "FIXED_PENALTY_ISSUED", "Fixed penalty of " + pounds(amountPence)
                + " issued on " + UkDates.day(issuedOn) + ", payable by " + UkDates.day(penalty.getPaymentDue())
                + "; no prosecution before then (s52)");
        process.fixedPenaltyIssued(reference, penalty.getPaymentDue());
    }

    /** The penalty waiting for payment was paid, on a day from its issue to its last day to pay (and not after today). */
    @PreAuthorize("hasAnyRole('CASEWORKER', 'SUPERVISOR')")
    @Transactional
    public void paid(String reference, LocalDate paidOn) {
        EscalationCase c = access.requireOpen(reference);
        FixedPenalty penalty = penalties.findFirstByCaseIdAndStatus(c.getId(), FixedPenalty.Status.ISSUED)
                .filter(p -> process.canReceive(reference, MESSAGE_FIXED_PENALTY_PAID))
                .orElseThrow(() -> ValidationException.of("paidOn", "No fixed penalty waits for payment on this case"));
        if (paidOn == null || paidOn.isBefore(penalty.getIssuedOn()) || paidOn.isAfter(penalty.getPaymentDue())
                || paidOn.isAfter(access.today())) {
            throw ValidationException.of("paidOn", "A day from its issue (" + UkDates.day(penalty.getIssuedOn())
                    + ") to its last day to pay (" + UkDates.day(penalty.getPaymentDue()) + "), not after today");
        }
        penalty.paid(paidOn);
        access.flush();
        history.record(c, access.actor(), "FIXED_PENALTY_PAID", "Fixed penalty of " + pounds(penalty.getAmountPence())
                + " paid on " + UkDates.day(paidOn) + ": no prosecution for this breach (s52)");
        process.fixedPenaltyPaid(reference);
    }

    /** The fixed penalties of a case, oldest first. */
    @Transactional(readOnly = true)
    public List<PenaltyView> penalties(String reference) {
        EscalationCase c = access.requireReadable(reference);
        return penalties.findByCaseIdOrderByIssuedOn(c.getId()).stream()
                .map(p -> new PenaltyView(p.getId(), p.getAmountPence(), p.getIssuedOn(), p.getPaymentDue(),
                        p.getStatus().name(), p.getPaidOn()))
                .toList();
    }

    public record PenaltyView(Long id, int amountPence, LocalDate issuedOn, LocalDate paymentDue, String status,
                              LocalDate paidOn) {

        public String statusLabel() {
            return switch (status) {
                case "PAID" -> "Paid " + UkDates.day(paidOn);
                case "UNPAID" -> "Not paid by " + UkDates.day(paymentDue) + ": prosecution file";
                default -> "Payable by " + UkDates.day(paymentDue);
            };
        }
    }

    public static String pounds(int pence) {
        return pence % 100 == 0 ? "£" + pence / 100 : String.format("£%d.%02d", pence / 100, pence % 100);
    }
}
