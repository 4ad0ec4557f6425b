package org.csucasework.casereview;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import lombok.Getter;

/** What one agency invited to the review brought to it. */
@Entity
@Table(name = "case_review_information")
@Getter
public class AgencyInformation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "case_review_id", nullable = false)
    private Long caseReviewId;
    @Column(name = "agency_code", nullable = false)
    private String agencyCode;
    @Column(name = "information", nullable = false)
    private String information;
    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;
    @Column(name = "recorded_by", nullable = false)
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
