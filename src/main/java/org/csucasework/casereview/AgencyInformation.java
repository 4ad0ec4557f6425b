package org.csucasework.casereview;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import lombok.Getter;
import org.csucasework.shared.IdentifiedEntity;

/** What one agency invited to the review brought to it. */
@Entity
@Table(name = "case_review_information")
@Getter
public class AgencyInformation extends IdentifiedEntity {

    @Column(nullable = false)
    private Long caseReviewId;
    @Column(nullable = false)
    private String agencyCode;
    @Column(nullable = false)
    private String information;
    @Column(nullable = false)
    private Instant recordedAt;
    @Column(nullable = false)
    private String recordedBy;

    protected AgencyInformation() {
    }

    AgencyInformation(Long caseReviewId, String agencyCode, String information, Instant recordedAt, String recordedBy) {
        this.caseReviewId = caseReviewId;
        this.agencyCode = agencyCode;
        this.information = information;
        this.recordedAt = recordedAt;
        this.recordedBy = recordedBy;
    }
}
