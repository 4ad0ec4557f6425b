package org.csucasework.escalation.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import lombok.Getter;
import org.csucasework.escalation.ProsecutionOutcome;

/**
 * A prosecution for the breach of a CPN (s48): the court and hearing, the remedial (s49) and forfeiture (s50) orders
 * asked for; then the outcome, once, with the orders the court made (only those asked for).
 */
@Entity
@Table(name = "escalation_prosecution")
public class Prosecution {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Getter private Long id;

    @Column(name = "case_id", nullable = false)
    @Getter private Long caseId;

    @Column(name = "step_id", nullable = false)
    private Long stepId;

    @Column(name = "court", nullable = false, length = 160)
    @Getter private String court;

    @Column(name = "hearing_on")
    @Getter private LocalDate hearingOn;

    @Column(name = "remedial_order_asked", nullable = false)
    @Getter private boolean remedialOrderAsked;

    @Column(name = "forfeiture_order_asked", nullable = false)
    @Getter private boolean forfeitureOrderAsked;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome", length = 20)
    @Getter private ProsecutionOutcome outcome;

    @Column(name = "outcome_on")
    @Getter private LocalDate outcomeOn;

    @Column(name = "remedial_order_made", nullable = false)
    @Getter private boolean remedialOrderMade;

    @Column(name = "forfeiture_order_made", nullable = false)
    @Getter private boolean forfeitureOrderMade;

    @Column(name = "recorded_by", nullable = false, length = 60)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    @Getter private Instant recordedAt;

    @Version
    @Column(name = "version", nullable = false)
    @Getter private long version;

    protected Prosecution() {
    }

    public Prosecution(Long caseId, Long stepId, String court, LocalDate hearingOn, boolean remedialOrderAsked,
                       boolean forfeitureOrderAsked, Instant recordedAt, String recordedBy) {
        this.caseId = caseId;
        this.stepId = stepId;
        this.court = court;
        this.hearingOn = hearingOn;
        this.remedialOrderAsked = remedialOrderAsked;
        this.forfeitureOrderAsked = forfeitureOrderAsked;
        this.recordedAt = recordedAt;
        this.recordedBy = recordedBy;
    }

    /** The outcome, once; an order is made only on conviction and only if it was asked for. */
    public void decided(ProsecutionOutcome outcome, LocalDate on, boolean remedialOrderMade, boolean forfeitureOrderMade) {
        if (this.outcome != null) {
            throw new IllegalStateException("The prosecution's outcome is recorded already");
        }
        boolean convicted = outcome == ProsecutionOutcome.CONVICTED;
        if ((remedialOrderMade && (!convicted || !remedialOrderAsked))
                || (forfeitureOrderMade && (!convicted || !forfeitureOrderAsked))) {
            throw new IllegalArgumentException("An order is made on conviction, when it was asked for");
        }
        this.outcome = outcome;
        this.outcomeOn = on;
        this.remedialOrderMade = remedialOrderMade;
        this.forfeitureOrderMade = forfeitureOrderMade;
    }

    public boolean isPending() {
        return outcome == null;
    }
}
