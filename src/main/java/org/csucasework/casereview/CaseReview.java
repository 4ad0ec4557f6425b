package org.csucasework.casereview;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import lombok.Getter;
import org.csucasework.shared.ValidationException;

/**
 * One ASB Case Review, from the application to the outcome and any escalation. Each change of state is a method
 * that refuses the change when the review is not at that point (a decision taken twice, a review before the
 * threshold is met).
 */
@Entity
@Table(name = "case_review")
public class CaseReview {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Getter private Long id;
    @Column(name = "reference", nullable = false)
    @Getter private String reference;
    @Enumerated(EnumType.STRING)
    @Column(name = "applicant_kind", nullable = false)
    @Getter private ApplicantKind applicantKind;
    @Column(name = "applicant_person_id")
    @Getter private Long applicantPersonId;
    @Column(name = "applicant_name", nullable = false)
    @Getter private String applicantName;
    @Column(name = "applicant_phone")
    @Getter private String applicantPhone;
    @Column(name = "applicant_email")
    @Getter private String applicantEmail;
    @Column(name = "applicant_address")
    @Getter private String applicantAddress;
    @Column(name = "victim_person_id")
    @Getter private Long victimPersonId;
    @Column(name = "consent_recorded", nullable = false)
    @Getter private boolean consentRecorded;
    @Column(name = "consent_note")
    @Getter private String consentNote;
    @Column(name = "description", nullable = false)
    @Getter private String description;
    @Column(name = "applied_on", nullable = false)
    @Getter private LocalDate appliedOn;
    @Column(name = "decision_due", nullable = false)
    @Getter private LocalDate decisionDue;
    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    @Getter private CaseReviewStatus status = CaseReviewStatus.AWAITING_DECISION;
    @Column(name = "qualifying_count")
    @Getter private Integer qualifyingCount;
    @Column(name = "different_people_count")
    @Getter private Integer differentPeopleCount;
    @Column(name = "threshold_met_by_rule")
    @Getter private Boolean thresholdMetByRule;
    @Column(name = "threshold_met")
    @Getter private Boolean thresholdMet;
    @Column(name = "decision_reason")
    @Getter private String decisionReason;
    @Column(name = "decided_at")
    @Getter private Instant decidedAt;
    @Column(name = "decided_by")
    @Getter private String decidedBy;
    @Column(name = "decision_told_at")
    @Getter private Instant decisionToldAt;
    @Column(name = "meeting_date")
    @Getter private LocalDate meetingDate;
    @Column(name = "agencies_invited")
    @Getter private String agenciesInvited;
    @Column(name = "review_held_at")
    @Getter private Instant reviewHeldAt;
    @Column(name = "recommendations", nullable = false)
    @Getter private int recommendations;
    @Column(name = "outcome")
    @Getter private String outcome;
    @Column(name = "outcome_told_at")
    @Getter private Instant outcomeToldAt;
    @Column(name = "escalation_requested_at")
    @Getter private Instant escalationRequestedAt;
    @Column(name = "escalation_reason")
    @Getter private String escalationReason;
    @Column(name = "escalation_result")
    @Getter private String escalationResult;
    @Column(name = "closed_at")
    @Getter private Instant closedAt;
    @Column(name = "created_at", nullable = false)
    @Getter private Instant createdAt;
    @Column(name = "created_by", nullable = false)
    @Getter private String createdBy;
    @Column(name = "idempotency_key")
    private String idempotencyKey;
    @Version
    @Column(name = "version", nullable = false)
    @Getter private long version;

    protected CaseReview() {
    }

    CaseReview(String reference, ApplicantKind applicantKind, Long applicantPersonId, String applicantName,
               String applicantPhone, String applicantEmail, String applicantAddress, Long victimPersonId,
               boolean consentRecorded, String consentNote, String description, LocalDate appliedOn,
               LocalDate decisionDue, Instant createdAt, String createdBy, String idempotencyKey) {
        this.reference = reference;
        this.applicantKind = applicantKind;
        this.applicantPersonId = applicantPersonId;
        this.applicantName = applicantName;
        this.applicantPhone = applicantPhone;
        this.applicantEmail = applicantEmail;
        this.applicantAddress = applicantAddress;
        this.victimPersonId = victimPersonId;
        this.consentRecorded = consentRecorded;
        this.consentNote = consentNote;
        this.description = description;
        this.appliedOn = appliedOn;
        this.decisionDue = decisionDue;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
        this.idempotencyKey = idempotencyKey;
    }

    /** The threshold test's count (the rule's answer), before the coordinator decides. */
    void tested(int qualifying, int differentPeople, boolean metByRule) {
        this.qualifyingCount = qualifying;
        this.differentPeopleCount = differentPeople;
        this.thresholdMetByRule = metByRule;
    }

    /** The coordinator's threshold decision: confirming the count, or overriding it with a reason. */
    void decide(boolean met, String reason, Instant at, String by) {
        require(CaseReviewStatus.AWAITING_DECISION, "decision", "The threshold has already been decided");
        this.thresholdMet = met;
        this.decisionReason = reason;
        this.decidedAt = at;
        this.decidedBy = by;
        this.status = met ? CaseReviewStatus.AWAITING_REVIEW : CaseReviewStatus.THRESHOLD_NOT_MET;
        if (!met) {
            this.closedAt = at;
        }
    }

    void decisionTold(Instant at) {
        this.decisionToldAt = at;
    }

    void planReview(LocalDate meetingDate, String agenciesInvited) {
        require(CaseReviewStatus.AWAITING_REVIEW, "meetingDate", "The review is planned only once the threshold is met");
        this.meetingDate = meetingDate;
        this.agenciesInvited = agenciesInvited;
    }

    void recommendationMade() {
        require(CaseReviewStatus.AWAITING_REVIEW, "recommendation",
                "Recommendations are made at the review, once the threshold is met");
        recommendations++;
    }

    void reviewHeld(String outcome, Instant at) {
        require(CaseReviewStatus.AWAITING_REVIEW, "outcome", "The review's outcome is recorded once, after the threshold is met");
        this.outcome = outcome;
        this.reviewHeldAt = at;
        this.status = CaseReviewStatus.OUTCOME_TOLD;
    }

    void outcomeTold(Instant at) {
        this.outcomeToldAt = at;
    }

    void escalationRequested(String reason, Instant at) {
        require(CaseReviewStatus.OUTCOME_TOLD, "escalationReason", "An escalation is asked for after the outcome is told");
        this.escalationReason = reason;
        this.escalationRequestedAt = at;
        this.status = CaseReviewStatus.ESCALATED;
    }

    void escalationConcluded(String result, Instant at) {
        require(CaseReviewStatus.ESCALATED, "escalationResult", "There is no escalation to record a result for");
        this.escalationResult = result;
        this.status = CaseReviewStatus.CLOSED;
        this.closedAt = at;
    }

    /** No escalation was asked for (the applicant was satisfied, or the time to ask passed). */
    void closeWithoutEscalation(Instant at) {
        require(CaseReviewStatus.OUTCOME_TOLD, "escalation", "The review is not waiting for the applicant's response");
        this.status = CaseReviewStatus.CLOSED;
        this.closedAt = at;
    }

    private void require(CaseReviewStatus expected, String field, String message) {
        if (status != expected) {
            throw ValidationException.of(field, message + " (the review is: " + status.label().toLowerCase() + ")");
        }
    }
}
