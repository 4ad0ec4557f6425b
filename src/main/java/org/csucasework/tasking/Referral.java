package org.csucasework.tasking;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import lombok.Getter;

/**
 * A report referred on to a Task and Finish Group, the Community MARAC or the escalation ladder: who, when, why.
 * The processes of those capabilities start from it once they exist; until then the referral is the record.
 */
@Entity
@Table(name = "referral")
@Getter
public class Referral {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "report_id", nullable = false)
    private Long reportId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false)
    private ReferralKind kind;

    @Column(name = "person_id")
    private Long personId;

    @Column(name = "reason", nullable = false, length = 2000)
    private String reason;

    @Column(name = "referred_at", nullable = false)
    private Instant referredAt;

    @Column(name = "referred_by", nullable = false)
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
