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

/** A report reviewed at a meeting: what the annual figure "calls dealt with at the daily tasking" counts. */
@Entity
@Table(name = "tasking_review")
@Getter
public class TaskingReview {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "meeting_id", nullable = false)
    private Long meetingId;

    @Column(name = "report_id", nullable = false)
    private Long reportId;

    @Column(name = "reviewed_at", nullable = false)
    private Instant reviewedAt;

    @Column(name = "reviewed_by", nullable = false)
    private String reviewedBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "decision", nullable = false)
    private ReviewDecision decision;

    @Column(name = "note", length = 2000)
    private String note;

    protected TaskingReview() {
    }

    TaskingReview(Long meetingId, Long reportId, Instant reviewedAt, String reviewedBy, ReviewDecision decision,
                  String note) {
        this.meetingId = meetingId;
        this.reportId = reportId;
        this.reviewedAt = reviewedAt;
        this.reviewedBy = reviewedBy;
        this.decision = decision;
        this.note = note;
    }
}
