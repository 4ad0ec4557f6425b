package org.csucasework.escalation.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import lombok.Getter;
import org.csucasework.shared.IdentifiedEntity;

/** A reported breach of what is in force (an ABA, a CPN), confirmed or dismissed by a caseworker. */
@Entity
@Table(name = "escalation_breach")
@Getter
public class Breach extends IdentifiedEntity {

    public enum Status { REPORTED, CONFIRMED, DISMISSED }

    @Column(nullable = false)
    private Long caseId;

    @Column(nullable = false, length = 2000)
    private String description;

    private Long reportId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Status status;

    @Column(nullable = false)
    private Instant reportedAt;

    @Column(nullable = false, length = 60)
    private String reportedBy;

    private Instant decidedAt;

    @Column(length = 60)
    private String decidedBy;

    @Column(length = 2000)
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
