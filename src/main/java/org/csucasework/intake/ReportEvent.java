package org.csucasework.intake;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One line of a report's timeline: what happened, who did it, when. Written once, never changed. */
@Entity
@Table(name = "report_event")
public class ReportEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "report_id", nullable = false)
    private Long reportId;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "actor", nullable = false)
    private String actor;

    @Column(name = "kind", nullable = false)
    private String kind;

    @Column(name = "detail", length = ReportFieldLimits.NOTE)
    private String detail;

    protected ReportEvent() {
    }

    ReportEvent(Long reportId, Instant occurredAt, String actor, String kind, String detail) {
        this.reportId = reportId;
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.kind = kind;
        this.detail = detail == null || detail.length() <= ReportFieldLimits.NOTE
                ? detail : detail.substring(0, ReportFieldLimits.NOTE);
    }

    /** The same line told differently, for one reader only: never stored. */
    ReportEvent toldAs(String otherDetail) {
        ReportEvent copy = new ReportEvent(reportId, occurredAt, actor, kind, otherDetail);
        copy.id = id;
        return copy;
    }

    public Long getId() { return id; }
    public Long getReportId() { return reportId; }
    public Instant getOccurredAt() { return occurredAt; }
    public String getActor() { return actor; }
    public String getKind() { return kind; }
    public String getDetail() { return detail; }
}
