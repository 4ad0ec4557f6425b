package org.csucasework.tasking;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import lombok.Getter;
import org.csucasework.shared.IdentifiedEntity;

/**
 * A report referred on to a Task and Finish Group, the Community MARAC or the escalation ladder: who, when, why.
 * The processes of those capabilities start from it once they exist; until then the referral is the record.
 */
@Entity
@Table(name = "referral")
@Getter
public class Referral extends IdentifiedEntity {

    @Column(nullable = false)
    private Long reportId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ReferralKind kind;

    private Long personId;

    @Column(nullable = false, length = 2000)
    private String reason;

    @Column(nullable = false)
    private Instant referredAt;

    @Column(nullable = false)
    private String referredBy;

    protected Referral() {
    }

    Referral(Long reportId, ReferralKind kind, Long personId, String reason, Instant referredAt, String referredBy) {
        this.reportId = reportId;
        this.kind = kind;
        this.personId = personId;
        this.reason = reason;
        this.referredAt = referredAt;
        this.referredBy = referredBy;
    }
}
