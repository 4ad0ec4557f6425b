package org.csucasework.escalation.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import lombok.Getter;
import org.csucasework.shared.IdentifiedEntity;

/**
 * A fixed penalty notice for the breach of a CPN (s52): paid within its 14 days, or not, when the prosecution file
 * follows (s48). No prosecution while the 14 days run.
 */
@Entity
@Table(name = "escalation_fixed_penalty")
@Getter
public class FixedPenalty extends IdentifiedEntity {

    /** Days to pay a fixed penalty, from its issue (s52). */
    public static final int DAYS_TO_PAY = 14;

    public enum Status { ISSUED, PAID, UNPAID }

    @Column(nullable = false)
    private Long caseId;

    @Column(nullable = false)
    private Long stepId;

    @Column(nullable = false)
    private int amountPence;

    @Column(nullable = false)
    private LocalDate issuedOn;

    @Column(nullable = false)
    private LocalDate paymentDue;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Status status;

    private LocalDate paidOn;

    @Column(nullable = false, length = 60)
    private String issuedBy;

    @Column(nullable = false)
    private Instant issuedAt;

    @Version
    @Column(nullable = false)
    private long version;

    protected FixedPenalty() {
    }

    public FixedPenalty(Long caseId, Long stepId, int amountPence, LocalDate issuedOn, Instant issuedAt, String issuedBy) {
        if (amountPence <= 0) {
            throw new IllegalArgumentException("A fixed penalty has an amount");
        }
        this.caseId = caseId;
        this.stepId = stepId;
        this.amountPence = amountPence;
        this.issuedOn = issuedOn;
        this.paymentDue = issuedOn.plusDays(DAYS_TO_PAY);
        this.status = Status.ISSUED;
        this.issuedAt = issuedAt;
        this.issuedBy = issuedBy;
    }

    /** Paid, on a day from its issue to the last day to pay; only while it waits for payment. */
    public void paid(LocalDate on) {
        if (status != Status.ISSUED) {
            throw new IllegalStateException("This fixed penalty is " + status.name().toLowerCase());
        }
        if (on.isBefore(issuedOn) || on.isAfter(paymentDue)) {
            throw new IllegalArgumentException("Paid between its issue and the last day to pay");
        }
        this.status = Status.PAID;
        this.paidOn = on;
    }

    /** The 14 days passed without payment: the prosecution file follows. */
    public void unpaid() {
        if (status != Status.ISSUED) {
            throw new IllegalStateException("This fixed penalty is " + status.name().toLowerCase());
        }
        this.status = Status.UNPAID;
    }
}
