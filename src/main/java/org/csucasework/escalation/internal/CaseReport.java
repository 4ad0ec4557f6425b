package org.csucasework.escalation.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import lombok.Getter;

/** A report linked to a case: evidence chosen by a caseworker, the referral's report, or a further report. */
@Entity
@Table(name = "escalation_case_report")
@IdClass(CaseReport.Key.class)
@Getter
public class CaseReport {

    /** How the report came to the case. */
    public enum How { REFERRAL, EVIDENCE, FURTHER_REPORT, BREACH }

    @Id
    private Long caseId;

    @Id
    private Long reportId;

    @Column(nullable = false)
    private Instant addedAt;

    @Column(nullable = false, length = 60)
    private String addedBy;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(nullable = false, length = 20)
    private How how;

    protected CaseReport() {
    }

    public CaseReport(Long caseId, Long reportId, How how, Instant addedAt, String addedBy) {
        this.caseId = caseId;
        this.reportId = reportId;
        this.how = how;
        this.addedAt = addedAt;
        this.addedBy = addedBy;
    }

    public static class Key implements Serializable {
        private Long caseId;
        private Long reportId;

        public Key() {
        }

        public Key(Long caseId, Long reportId) {
            this.caseId = caseId;
            this.reportId = reportId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(caseId, k.caseId) && Objects.equals(reportId, k.reportId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(caseId, reportId);
        }
    }
}
