package org.csucasework.escalation.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.time.LocalDate;
import lombok.Getter;

/** A breach of a legal outcome as stored with it (table {@code escalation_legal_outcome_breach}). */
@Embeddable
@Getter
public class LegalOutcomeBreach {

    @Column(nullable = false)
    private LocalDate breachOn;

    @Column(nullable = false, length = 2000)
    private String description;

    @Column(nullable = false, length = 60)
    private String recordedBy;

    @Column(nullable = false)
    private Instant recordedAt;

    protected LegalOutcomeBreach() {
    }

    LegalOutcomeBreach(LocalDate breachOn, String description, Instant recordedAt, String recordedBy) {
        this.breachOn = breachOn;
        this.description = description;
        this.recordedAt = recordedAt;
        this.recordedBy = recordedBy;
    }
}
