package org.csucasework.escalation.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import lombok.Getter;
import org.csucasework.shared.IdentifiedEntity;

/** A partner agency a case is shared with, and why. */
@Entity
@Table(name = "escalation_case_share")
@Getter
public class CaseShare extends IdentifiedEntity {

    @Column(nullable = false)
    private Long caseId;

    @Column(nullable = false, length = 40)
    private String agencyCode;

    @Column(nullable = false, length = 300)
    private String reason;

    @Column(nullable = false)
    private Instant sharedAt;

    @Column(nullable = false, length = 60)
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
