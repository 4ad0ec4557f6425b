package org.csucasework.intake;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A report shared with an agency other than its owner, and why (an action was assigned to it, or by hand). */
@Entity
@Table(name = "report_share")
public class ReportShare {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "report_id", nullable = false)
    private Long reportId;

    @Column(name = "agency_code", nullable = false)
    private String agencyCode;

    @Column(name = "reason", nullable = false)
    private String reason;

    @Column(name = "shared_at", nullable = false)
    private Instant sharedAt;

    @Column(name = "shared_by", nullable = false)
    private String sharedBy;

    protected ReportShare() {
    }

    ReportShare(Long reportId, String agencyCode, String reason, Instant sharedAt, String sharedBy) {
        this.reportId = reportId;
        this.agencyCode = agencyCode;
        this.reason = reason;
        this.sharedAt = sharedAt;
        this.sharedBy = sharedBy;
    }

    public Long getReportId() { return reportId; }
    public String getAgencyCode() { return agencyCode; }
    public String getReason() { return reason; }
    public Instant getSharedAt() { return sharedAt; }
    public String getSharedBy() { return sharedBy; }
}
