package org.csucasework.intake;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import lombok.Getter;

/** A report shared with an agency other than its owner, and why (an action was assigned to it, or by hand). */
@Entity
@Table(name = "report_share")
public class ReportShare {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "report_id", nullable = false)
    @Getter private Long reportId;

    @Column(name = "agency_code", nullable = false)
    @Getter private String agencyCode;

    @Column(name = "reason", nullable = false)
    @Getter private String reason;

    @Column(name = "shared_at", nullable = false)
    @Getter private Instant sharedAt;

    @Column(name = "shared_by", nullable = false)
    @Getter private String sharedBy;

    protected ReportShare() {
    }

    ReportShare(Long reportId, String agencyCode, String reason, Instant sharedAt, String sharedBy) {
        this.reportId = reportId;
        this.agencyCode = agencyCode;
        this.reason = reason;
        this.sharedAt = sharedAt;
        this.sharedBy = sharedBy;
    }
}
