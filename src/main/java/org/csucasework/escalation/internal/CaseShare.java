package org.csucasework.escalation.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import lombok.Getter;

/** A partner agency a case is shared with, and why. */
@Entity
@Table(name = "escalation_case_share")
@Getter
public class CaseShare {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id", nullable = false)
    private Long caseId;

    @Column(name = "agency_code", nullable = false, length = 40)
    private String agencyCode;

    @Column(name = "reason", nullable = false, length = 300)
    private String reason;

    @Column(name = "shared_at", nullable = false)
    private Instant sharedAt;

    @Column(name = "shared_by", nullable = false, length = 60)
    private String sharedBy;

    protected CaseShare() {
    }

    public CaseShare(Long caseId, String agencyCode, String reason, Instant sharedAt, String sharedBy) {
        this.caseId = caseId;
        this.agencyCode = agencyCode;
        this.reason = reason;
        this.sharedAt = sharedAt;
        this.sharedBy = sharedBy;
    }
}
