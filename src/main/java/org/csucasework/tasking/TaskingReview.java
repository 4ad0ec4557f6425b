package org.csucasework.tasking;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import lombok.Getter;
import org.csucasework.shared.IdentifiedEntity;

/** A report reviewed at a meeting: what the annual figure "calls dealt with at the daily tasking" counts. */
@Entity
@Table(name = "tasking_review")
@Getter
public class TaskingReview extends IdentifiedEntity {

    @Column(nullable = false)
    private Long meetingId;

    @Column(nullable = false)
    private Long reportId;

    @Column(nullable = false)
    private Instant reviewedAt;

    @Column(nullable = false)
    private String reviewedBy;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ReviewDecision decision;

    @Column(length = 2000)
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
