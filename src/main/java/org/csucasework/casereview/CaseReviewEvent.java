package org.csucasework.casereview;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One line of a Case Review's history (kept minimal until the one case history of issue 14 takes it over). Details
 * name no one: they are shown to every member of staff who may see the review.
 */
@Entity
@Table(name = "case_review_event")
public class CaseReviewEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "case_review_id", nullable = false)
    private Long caseReviewId;
    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;
    @Column(name = "actor", nullable = false)
    private String actor;
    @Column(name = "kind", nullable = false)
    private String kind;
    @Column(name = "detail", nullable = false)
    private String detail;

    protected CaseReviewEvent() {
    }

    CaseReviewEvent(Long caseReviewId, Instant occurredAt, String actor, String kind, String detail) {
        this.caseReviewId = caseReviewId;
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.kind = kind;
        this.detail = detail.length() > 2000 ? detail.substring(0, 2000) : detail;
    }

    public Long getId() { return id; }
    public Instant getOccurredAt() { return occurredAt; }
    public String getActor() { return actor; }
    public String getKind() { return kind; }
    public String getDetail() { return detail; }
}
