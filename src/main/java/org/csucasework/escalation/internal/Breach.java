package org.csucasework.escalation.internal;

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

/** A reported breach of what is in force (an ABA, a CPN), confirmed or dismissed by a caseworker. */
@Entity
@Table(name = "escalation_breach")
@Getter
public class Breach {

    public enum Status { REPORTED, CONFIRMED, DISMISSED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id", nullable = false)
    private Long caseId;

    @Column(name = "description", nullable = false, length = 2000)
    private String description;

    @Column(name = "report_id")
    private Long reportId;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private Status status;

    @Column(name = "reported_at", nullable = false)
    private Instant reportedAt;

    @Column(name = "reported_by", nullable = false, length = 60)
    private String reportedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decided_by", length = 60)
    private String decidedBy;

    @Column(name = "note", length = 2000)
    private String note;

    protected Breach() {
    }

    public Breach(Long caseId, String description, Long reportId, Instant reportedAt, String reportedBy) {
        this.caseId = caseId;
        this.description = description;
        this.reportId = reportId;
        this.status = Status.REPORTED;
        this.reportedAt = reportedAt;
        this.reportedBy = reportedBy;
    }

    public void decide(boolean confirmed, String note, Instant at, String by) {
        this.status = confirmed ? Status.CONFIRMED : Status.DISMISSED;
        this.note = note;
        this.decidedAt = at;
        this.decidedBy = by;
    }
}
