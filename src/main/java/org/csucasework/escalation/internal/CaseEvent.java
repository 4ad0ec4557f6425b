package org.csucasework.escalation.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One entry of a case's append-only timeline: who did what, when. */
@Entity
@Table(name = "escalation_event")
public class CaseEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id", nullable = false, updatable = false)
    private Long caseId;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(name = "actor", nullable = false, updatable = false, length = 60)
    private String actor;

    @Column(name = "kind", nullable = false, updatable = false, length = 40)
    private String kind;

    @Column(name = "detail", updatable = false, length = 2000)
    private String detail;

    protected CaseEvent() {
    }

    public CaseEvent(Long caseId, Instant occurredAt, String actor, String kind, String detail) {
        this.caseId = caseId;
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.kind = kind;
        this.detail = detail == null || detail.length() <= 2000 ? detail : detail.substring(0, 1997) + "...";
    }

    public Long getId() { return id; }
    public Long getCaseId() { return caseId; }
    public Instant getOccurredAt() { return occurredAt; }
    public String getActor() { return actor; }
    public String getKind() { return kind; }
    public String getDetail() { return detail; }
}
