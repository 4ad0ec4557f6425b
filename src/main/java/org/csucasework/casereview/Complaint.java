package org.csucasework.casereview;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import lombok.Getter;
import org.csucasework.shared.IdentifiedEntity;

/**
 * A complaint an application relies on: a report on record ({@code reportId}), or an incident the applicant lists
 * that is not on record (then {@code reportId} is null and the page marks it). The coordinator may exclude one as
 * not about the same behaviour, with a reason.
 */
@Entity
@Table(name = "case_review_complaint")
@Getter
public class Complaint extends IdentifiedEntity {

    @Column(nullable = false)
    private Long caseReviewId;
    private Long reportId;
    private LocalDate incidentDate;
    private LocalDate complainedOn;
    private String complainedTo;
    private Long complainantPersonId;
    private String description;
    @Column(nullable = false)
    private boolean excluded;
    private String exclusionReason;
    private String excludedBy;

    protected Complaint() {
    }

    private Complaint(Long caseReviewId, Long reportId, LocalDate incidentDate, LocalDate complainedOn,
                      String complainedTo, Long complainantPersonId, String description) {
        this.caseReviewId = caseReviewId;
        this.reportId = reportId;
        this.incidentDate = incidentDate;
        this.complainedOn = complainedOn;
        this.complainedTo = complainedTo;
        this.complainantPersonId = complainantPersonId;
        this.description = description;
    }

    /** A report on record: its dates are read from the report whenever the threshold is tested. */
    static Complaint onRecord(Long caseReviewId, Long reportId) {
        return new Complaint(caseReviewId, reportId, null, null, null, null, null);
    }

    /** An incident the applicant lists that no agency recorded as a report. */
    static Complaint listed(Long caseReviewId, LocalDate incidentDate, LocalDate complainedOn, String complainedTo,
                            Long complainantPersonId, String description) {
        return new Complaint(caseReviewId, null, incidentDate, complainedOn, complainedTo, complainantPersonId,
                description);
    }

    void exclude(String reason, String by) {
        this.excluded = true;
        this.exclusionReason = reason;
        this.excludedBy = by;
    }

    void include() {
        this.excluded = false;
        this.exclusionReason = null;
        this.excludedBy = null;
    }

    public boolean isOnRecord() { return reportId != null; }
}
