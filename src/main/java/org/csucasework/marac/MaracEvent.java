package org.csucasework.marac;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One entry of a referral's MARAC history: who did what, when. Append-only. */
@Entity
@Table(name = "marac_referral_event")
public class MaracEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "referral_id", nullable = false)
    private Long referralId;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "actor", nullable = false)
    private String actor;

    @Column(name = "kind", nullable = false)
    private String kind;

    @Column(name = "detail", length = 2000)
    private String detail;

    protected MaracEvent() {
    }

    MaracEvent(Long referralId, Instant occurredAt, String actor, String kind, String detail) {
        this.referralId = referralId;
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.kind = kind;
        this.detail = detail == null || detail.length() <= 2000 ? detail : detail.substring(0, 1997) + "...";
    }

    public Long getId() { return id; }
    public Long getReferralId() { return referralId; }
    public Instant getOccurredAt() { return occurredAt; }
    public String getActor() { return actor; }
    public String getKind() { return kind; }
    public String getDetail() { return detail; }
}
