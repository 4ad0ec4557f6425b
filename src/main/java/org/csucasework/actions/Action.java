package org.csucasework.actions;

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

/**
 * A piece of work owned by a partner agency (optionally a named officer), with a due date and an outcome. It belongs to
 * an owner ({@link ActionOwner}): a report (then {@code reportId} and {@code reportReference} are set too) or a Task and
 * Finish Group's action plan.
 */
@Entity
@Table(name = "action")
public class Action {

    public static final int DESCRIPTION_LENGTH = 2000;
    public static final int OUTCOME_LENGTH = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "report_id")
    private Long reportId;

    @Column(name = "report_reference")
    private String reportReference;

    @Enumerated(EnumType.STRING)
    @Column(name = "owner_kind", nullable = false)
    private ActionOwnerKind ownerKind;

    @Column(name = "owner_id")
    private Long ownerId;

    @Column(name = "owner_reference")
    private String ownerReference;

    @Column(name = "agency_code", nullable = false)
    private String agencyCode;

    @Column(name = "assignee")
    private String assignee;

    @Column(name = "description", nullable = false, length = DESCRIPTION_LENGTH)
    private String description;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private ActionStatus status = ActionStatus.OPEN;

    @Column(name = "outcome", length = OUTCOME_LENGTH)
    private String outcome;

    @Enumerated(EnumType.STRING)
    @Column(name = "source", nullable = false)
    private ActionSource source;

    @Column(name = "task_id")
    private String taskId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "completed_at")
    private Instant completedAt;

    @Column(name = "completed_by")
    private String completedBy;

    @Column(name = "idempotency_key", length = org.csucasework.shared.Idempotency.KEY_LENGTH)
    private String idempotencyKey;

    /** What was asked with the idempotency key, so that the key sent with another request is refused. */
    @Column(name = "idempotency_fingerprint", length = org.csucasework.shared.Idempotency.FINGERPRINT_LENGTH)
    private String idempotencyFingerprint;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Action() {
    }

    Action(ActionOwner owner, String agencyCode, String assignee, String description, LocalDate dueDate,
           Instant createdAt, String createdBy) {
        this.ownerKind = owner.kind();
        this.ownerId = owner.id();
        this.ownerReference = owner.reference();
        if (owner.kind() == ActionOwnerKind.REPORT) {
            this.reportId = owner.id();
            this.reportReference = owner.reference();
        }
        this.source = owner.kind().source();
        this.agencyCode = agencyCode;
        this.assignee = assignee;
        this.description = description;
        this.dueDate = dueDate;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    /** The request this action was created by carried an Idempotency-Key (see {@code Idempotency}). */
    void keyedRequest(String key, String fingerprint) {
        this.idempotencyKey = key;
        this.idempotencyFingerprint = key == null ? null : fingerprint;
    }

    String getIdempotencyFingerprint() { return idempotencyFingerprint; }

    void attachTask(String taskId) {
        this.taskId = taskId;
    }

    void complete(String outcome, Instant at, String by) {
        this.status = ActionStatus.DONE;
        this.outcome = outcome;
        this.completedAt = at;
        this.completedBy = by;
    }

    void cancel(String reason, Instant at, String by) {
        this.status = ActionStatus.CANCELLED;
        this.outcome = reason;
        this.completedAt = at;
        this.completedBy = by;
    }

    public boolean isOverdueOn(LocalDate day) {
        return status == ActionStatus.OPEN && dueDate.isBefore(day);
    }

    public Long getId() { return id; }
    public Long getReportId() { return reportId; }
    public ActionOwner getOwner() { return new ActionOwner(ownerKind, ownerId, ownerReference); }
    public ActionOwnerKind getOwnerKind() { return ownerKind; }
    public Long getOwnerId() { return ownerId; }
    public String getOwnerReference() { return ownerReference; }
    public String getReportReference() { return reportReference; }
    public String getAgencyCode() { return agencyCode; }
    public String getAssignee() { return assignee; }
    public String getDescription() { return description; }
    public LocalDate getDueDate() { return dueDate; }
    public ActionStatus getStatus() { return status; }
    public String getOutcome() { return outcome; }
    public ActionSource getSource() { return source; }
    public String getTaskId() { return taskId; }
    public Instant getCreatedAt() { return createdAt; }
    public String getCreatedBy() { return createdBy; }
    public Instant getCompletedAt() { return completedAt; }
    public String getCompletedBy() { return completedBy; }
    public long getVersion() { return version; }
}
