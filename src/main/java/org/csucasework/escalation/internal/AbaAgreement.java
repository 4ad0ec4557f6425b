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
import org.csucasework.escalation.AgreementOutcome;
import org.csucasework.shared.IdentifiedEntity;

/**
 * What became of a served ABA, recorded once: signed (by a young person's parent or guardian too) or refused, on
 * which day, with the support offered and the positive requirements the person agreed to. A refusal is kept: it is
 * evidence for the next step.
 */
@Entity
@Table(name = "escalation_aba_agreement")
public class AbaAgreement extends IdentifiedEntity {

    @Column(nullable = false)
    @Getter private Long caseId;

    @Column(nullable = false, unique = true)
    @Getter private Long stepId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    @Getter private AgreementOutcome outcome;

    @Column(nullable = false)
    @Getter private LocalDate decidedOn;

    @Column(nullable = false)
    @Getter private boolean guardianSigned;

    @Column(length = 2000)
    @Getter private String supportOffered;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "escalation_aba_positive_requirement", joinColumns = @JoinColumn(name = "agreement_id"))
    @OrderColumn(name = "position")
    @Column(name = "text", nullable = false, length = 1000)
    private List<String> positiveRequirements = new ArrayList<>();

    @Column(nullable = false, length = 60)
    @Getter private String recordedBy;

    @Column(nullable = false)
    @Getter private Instant recordedAt;

    @Version
    @Column(nullable = false)
    @Getter private long version;

    protected AbaAgreement() {
    }

    /** A parent or guardian signs only an agreement that was signed; a refusal carries no signature. */
    public AbaAgreement(Long caseId, Long stepId, AgreementOutcome outcome, LocalDate decidedOn, boolean guardianSigned,
                        String supportOffered, List<String> positiveRequirements, Instant recordedAt,
                        String recordedBy) {
        if (outcome == null || decidedOn == null) {
            throw new IllegalArgumentException("An agreement is signed or refused on a day");
        }
        if (guardianSigned && outcome != AgreementOutcome.SIGNED) {
            throw new IllegalArgumentException("A parent or guardian signs an agreement that was signed");
        }
        this.caseId = caseId;
        this.stepId = stepId;
        this.outcome = outcome;
        this.decidedOn = decidedOn;
        this.guardianSigned = guardianSigned;
        this.supportOffered = supportOffered;
        this.positiveRequirements = new ArrayList<>(positiveRequirements);
        this.recordedAt = recordedAt;
        this.recordedBy = recordedBy;
    }

    public List<String> getPositiveRequirements() { return List.copyOf(positiveRequirements); }
}
