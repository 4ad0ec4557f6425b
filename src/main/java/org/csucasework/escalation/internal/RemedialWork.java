package org.csucasework.escalation.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import lombok.Getter;
import org.csucasework.shared.IdentifiedEntity;

/** Works in default on the breach of a CPN (s47): what was done, when, its cost and how much was recovered. */
@Entity
@Table(name = "escalation_remedial_work")
public class RemedialWork extends IdentifiedEntity {

    @Column(nullable = false)
    @Getter private Long caseId;

    @Column(nullable = false)
    @Getter private Long stepId;

    @Column(nullable = false, length = 2000)
    @Getter private String description;

    @Column(nullable = false)
    @Getter private LocalDate doneOn;

    @Column(nullable = false)
    @Getter private int costPence;

    @Column(nullable = false)
    @Getter private int recoveredPence;

    @Column(nullable = false, length = 60)
    private String recordedBy;

    @Column(nullable = false)
    private Instant recordedAt;

    @Version
    @Column(nullable = false)
    @Getter private long version;

    protected RemedialWork() {
    }

    public RemedialWork(Long caseId, Long stepId, String description, LocalDate doneOn, int costPence,
                        Instant recordedAt, String recordedBy) {
        if (costPence < 0) {
            throw new IllegalArgumentException("A cost is not negative");
        }
        this.caseId = caseId;
        this.stepId = stepId;
        this.description = description;
        this.doneOn = doneOn;
        this.costPence = costPence;
        this.recordedAt = recordedAt;
        this.recordedBy = recordedBy;
    }

    /** A sum recovered towards the cost; never more than is still owed. */
    public void recovered(int pence) {
        if (pence <= 0 || recoveredPence + pence > costPence) {
            throw new IllegalArgumentException("Recover a positive sum, at most what is still owed");
        }
        this.recoveredPence += pence;
    }

    public int outstandingPence() {
        return costPence - recoveredPence;
    }
}
