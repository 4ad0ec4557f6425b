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
    private Long id;
    @Column(name = "reference", nullable = false)
    private String reference;
    @Enumerated(EnumType.STRING)
    @Column(name = "applicant_kind", nullable = false)
    private ApplicantKind applicantKind;
    @Column(name = "applicant_person_id")
    private Long applicantPersonId;
    @Column(name = "applicant_name", nullable = false)
    private String applicantName;
    @Column(name = "applicant_phone")
    private String applicantPhone;
    @Column(name = "applicant_email")
    private String applicantEmail;
    @Column(name = "applicant_address")
    private String applicantAddress;
    @Column(name = "victim_person_id")
    private Long victimPersonId;
    @Column(name = "consent_recorded", nullable = false)
    private boolean consentRecorded;
    @Column(name = "consent_note")
    private String consentNote;
    @Column(name = "description", nullable = false)
    private String description;
    @Column(name = "applied_on", nullable = false)
    private LocalDate appliedOn;
    @Column(name = "decision_due", nullable = false)
    private LocalDate decisionDue;
    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private CaseReviewStatus status = CaseReviewStatus.AWAITING_DECISION;
    @Column(name = "qualifying_count")
    private Integer qualifyingCount;
    @Column(name = "different_people_count")
    private Integer differentPeopleCount;
    @Column(name = "threshold_met_by_rule")
    private Boolean thresholdMetByRule;
    @Column(name = "threshold_met")
    private Boolean thresholdMet;
    @Column(name = "decision_reason")
    private String decisionReason;
    @Column(name = "decided_at")
    private Instant decidedAt;
    @Column(name = "decided_by")
    private String decidedBy;
    @Column(name = "decision_told_at")
    private Instant decisionToldAt;
    @Column(name = "meeting_date")
    private LocalDate meetingDate;
    @Column(name = "agencies_invited")
    private String agenciesInvited;
    @Column(name = "review_held_at")
    private Instant reviewHeldAt;
    @Column(name = "recommendations", nullable = false)
    private int recommendations;
    @Column(name = "outcome")
    private String outcome;
    @Column(name = "outcome_told_at")
    private Instant outcomeToldAt;
    @Column(name = "escalation_requested_at")
    private Instant escalationRequestedAt;
    @Column(name = "escalation_reason")
    private String escalationReason;
    @Column(name = "escalation_result")
    private String escalationResult;
    @Column(name = "closed_at")
    private Instant closedAt;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "created_by", nullable = false)
    private String createdBy;
    @Column(name = "idempotency_key")
    private String idempotencyKey;
    @Version
    @Column(name = "version", nullable = false)
    private long version;

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

    public Long getId() { return id; }
    public String getReference() { return reference; }
    public ApplicantKind getApplicantKind() { return applicantKind; }
    public Long getApplicantPersonId() { return applicantPersonId; }
    public String getApplicantName() { return applicantName; }
    public String getApplicantPhone() { return applicantPhone; }
    public String getApplicantEmail() { return applicantEmail; }
    public String getApplicantAddress() { return applicantAddress; }
    public Long getVictimPersonId() { return victimPersonId; }
    public boolean isConsentRecorded() { return consentRecorded; }
    public String getConsentNote() { return consentNote; }
    public String getDescription() { return description; }
    public LocalDate getAppliedOn() { return appliedOn; }
    public LocalDate getDecisionDue() { return decisionDue; }
    public CaseReviewStatus getStatus() { return status; }
    public Integer getQualifyingCount() { return qualifyingCount; }
    public Integer getDifferentPeopleCount() { return differentPeopleCount; }
    public Boolean getThresholdMetByRule() { return thresholdMetByRule; }
    public Boolean getThresholdMet() { return thresholdMet; }
    public String getDecisionReason() { return decisionReason; }
    public Instant getDecidedAt() { return decidedAt; }
    public String getDecidedBy() { return decidedBy; }
    public Instant getDecisionToldAt() { return decisionToldAt; }
    public LocalDate getMeetingDate() { return meetingDate; }
    public String getAgenciesInvited() { return agenciesInvited; }
    public Instant getReviewHeldAt() { return reviewHeldAt; }
    public int getRecommendations() { return recommendations; }
    public String getOutcome() { return outcome; }
    public Instant getOutcomeToldAt() { return outcomeToldAt; }
    public Instant getEscalationRequestedAt() { return escalationRequestedAt; }
    public String getEscalationReason() { return escalationReason; }
    public String getEscalationResult() { return escalationResult; }
    public Instant getClosedAt() { return closedAt; }
    public Instant getCreatedAt() { return createdAt; }
    public String getCreatedBy() { return createdBy; }
    public long getVersion() { return version; }
}
