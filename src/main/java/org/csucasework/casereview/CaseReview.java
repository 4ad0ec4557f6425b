package org.csucasework.casereview;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import lombok.Getter;
import org.csucasework.shared.IdentifiedEntity;
import org.csucasework.shared.ValidationException;

/**
 * One ASB Case Review, from the application to the outcome and any escalation. Each change of state is a method
 * that refuses the change when the review is not at that point (a decision taken twice, a review before the
 * threshold is met).
 */
@Entity
@Table(name = "case_review")
public class CaseReview extends IdentifiedEntity {

    @Column(nullable = false)
    @Getter private String reference;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    @Getter private ApplicantKind applicantKind;
    @Getter private Long applicantPersonId;
    @Column(nullable = false)
    @Getter private String applicantName;
    @Getter private String applicantPhone;
    @Getter private String applicantEmail;
    @Getter private String applicantAddress;
    @Getter private Long victimPersonId;
    @Column(nullable = false)
    @Getter private boolean consentRecorded;
    @Getter private String consentNote;
    @Column(nullable = false)
    @Getter private String description;
    @Column(nullable = false)
    @Getter private LocalDate appliedOn;
    @Column(nullable = false)
    @Getter private LocalDate decisionDue;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    @Getter private CaseReviewStatus status = CaseReviewStatus.AWAITING_DECISION;
    @Getter private Integer qualifyingCount;
    @Getter private Integer differentPeopleCount;
    @Getter private Boolean thresholdMetByRule;
    @Getter private Boolean thresholdMet;
    @Getter private String decisionReason;
    @Getter private Instant decidedAt;
    @Getter private String decidedBy;
    @Getter private Instant decisionToldAt;
    @Getter private LocalDate meetingDate;
    @Getter private String agenciesInvited;
    @Getter private Instant reviewHeldAt;
    @Column(nullable = false)
    @Getter private int recommendations;
    @Getter private String outcome;
    @Getter private Instant outcomeToldAt;
    @Getter private Instant escalationRequestedAt;
    @Getter private String escalationReason;
    @Getter private String escalationResult;
    @Getter private Instant closedAt;
    @Column(nullable = false)
    @Getter private Instant createdAt;
    @Column(nullable = false)
    @Getter private String createdBy;
    private String idempotencyKey;
    @Version
    @Column(nullable = false)
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
