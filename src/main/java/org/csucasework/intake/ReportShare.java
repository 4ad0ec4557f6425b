package org.csucasework.intake;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import lombok.Getter;
import org.csucasework.shared.IdentifiedEntity;

/** A report shared with an agency other than its owner, and why (an action was assigned to it, or by hand). */
@Entity
@Table(name = "report_share")
public class ReportShare extends IdentifiedEntity {

    @Column(nullable = false)
    @Getter private Long reportId;

    @Column(nullable = false)
    @Getter private String agencyCode;

    @Column(nullable = false)
    @Getter private String reason;

    @Column(nullable = false)
    @Getter private Instant sharedAt;

    @Column(nullable = false)
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
