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
import org.csucasework.escalation.ProsecutionOutcome;
import org.csucasework.shared.IdentifiedEntity;

/**
 * A prosecution for the breach of a CPN (s48): the court and hearing, the remedial (s49) and forfeiture (s50) orders
 * asked for; then the outcome, once, with the orders the court made (only those asked for).
 */
@Entity
@Table(name = "escalation_prosecution")
public class Prosecution extends IdentifiedEntity {

    @Column(nullable = false)
    @Getter private Long caseId;

    @Column(nullable = false)
    private Long stepId;

    @Column(nullable = false, length = 160)
    @Getter private String court;

    @Getter private LocalDate hearingOn;

    @Column(nullable = false)
    @Getter private boolean remedialOrderAsked;

    @Column(nullable = false)
    @Getter private boolean forfeitureOrderAsked;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    @Getter private ProsecutionOutcome outcome;

    @Getter private LocalDate outcomeOn;

    @Column(nullable = false)
    @Getter private boolean remedialOrderMade;

    @Column(nullable = false)
    @Getter private boolean forfeitureOrderMade;

    @Column(nullable = false, length = 60)
    private String recordedBy;

    @Column(nullable = false)
    @Getter private Instant recordedAt;

    @Version
    @Column(nullable = false)
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
