package org.csucasework.escalation.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import lombok.Getter;
import org.csucasework.escalation.LegalOutcomeDraft;
import org.csucasework.escalation.LegalOutcomeKind;
import org.csucasework.escalation.LegalOutcomeRules;
import org.csucasework.shared.IdentifiedEntity;

/**
 * A legal outcome beyond the ladder (an injunction, a Criminal Behaviour Order, a closure notice or order) with its
 * terms and dates and the breaches of it. One entity for the four kinds: they share their shape, and the columns one
 * kind does not use stay empty. Breaches are added only on a day it ran; only a closure order is extended (s82).
 */
@Entity
@Table(name = "escalation_legal_outcome")
public class LegalOutcome extends IdentifiedEntity {

    @Column(nullable = false)
    @Getter private Long caseId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    @Getter private LegalOutcomeKind kind;

    @Column(nullable = false)
    @Getter private LocalDate madeOn;

    @Getter private LocalDate expiresOn;

    /** The end the court first set, when a closure order was extended since. */
    @Getter private LocalDate firstExpiresOn;

    @Column(length = 2000)
    @Getter private String terms;

    @Column(length = 300)
    @Getter private String premises;

    @Column(nullable = false)
    @Getter private boolean powerOfArrest;

    @Column(name = "yot_consulted", nullable = false)
    @Getter private boolean youthOffendingTeamConsulted;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "escalation_legal_outcome_breach", joinColumns = @JoinColumn(name = "outcome_id"))
    @OrderColumn(name = "position")
    private List<LegalOutcomeBreach> breaches = new ArrayList<>();

    @Column(nullable = false, length = 60)
    private String recordedBy;

    @Column(nullable = false)
    @Getter private Instant recordedAt;

    @Version
    @Column(nullable = false)
    @Getter private long version;

    protected LegalOutcome() {
    }

    public LegalOutcome(Long caseId, LegalOutcomeDraft draft, Instant recordedAt, String recordedBy) {
        if (draft.kind() == null || draft.madeOn() == null) {
            throw new IllegalArgumentException("A legal outcome has its kind and its first day");
        }
        if (draft.expiresOn() != null && !draft.expiresOn().isAfter(draft.madeOn())) {
            throw new IllegalArgumentException("A legal outcome ends after it began");
        }
        this.caseId = caseId;
        this.kind = draft.kind();
        this.madeOn = draft.madeOn();
        this.expiresOn = draft.expiresOn();
        this.terms = trimToNull(draft.terms());
        this.premises = trimToNull(draft.premises());
        this.powerOfArrest = draft.powerOfArrest() && kind == LegalOutcomeKind.INJUNCTION;
        this.youthOffendingTeamConsulted = draft.youthOffendingTeamConsulted() && kind == LegalOutcomeKind.INJUNCTION;
        this.recordedAt = recordedAt;
        this.recordedBy = recordedBy;
    }

    /** A breach on a day it ran. */
    public void breached(LocalDate on, String description, Instant at, String by) {
        if (on == null || on.isBefore(madeOn) || (expiresOn != null && on.isAfter(expiresOn))) {
            throw new IllegalArgumentException("A breach is on a day the " + kind.label() + " ran");
        }
        breaches.add(new LegalOutcomeBreach(on, description.trim(), at, by));
    }

    /** The court extended a closure order, to 6 months in all at most (s82). */
    public void extend(LocalDate to) {
        if (!LegalOutcomeRules.checkExtension(kind, madeOn, expiresOn, to).isEmpty()) {
            throw new IllegalArgumentException("A closure order is extended to a later day, 6 months in all at most");
        }
        if (firstExpiresOn == null) {
            firstExpiresOn = expiresOn;
        }
        expiresOn = to;
    }

    private static String trimToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    public List<LegalOutcomeBreach> getBreaches() { return List.copyOf(breaches); }
}
