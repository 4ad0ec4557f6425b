package org.csucasework.actions;

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

/**
 * A piece of work owned by a partner agency (optionally a named officer), with a due date and an outcome. It belongs to
 * an owner ({@link ActionOwner}): a report (then {@code reportId} and {@code reportReference} are set too) or a Task and
 * Finish Group's action plan.
 */
@Entity
@Table(name = "action")
public class Action extends IdentifiedEntity {

    public static final int DESCRIPTION_LENGTH = 2000;
    public static final int OUTCOME_LENGTH = 2000;

    @Getter private Long reportId;

    @Getter private String reportReference;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    @Getter private ActionOwnerKind ownerKind;

    @Getter private Long ownerId;

    @Getter private String ownerReference;

    @Column(nullable = false)
    @Getter private String agencyCode;

    @Getter private String assignee;

    @Column(nullable = false, length = DESCRIPTION_LENGTH)
    @Getter private String description;

    @Column(nullable = false)
    @Getter private LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    @Getter private ActionStatus status = ActionStatus.OPEN;

    @Column(length = OUTCOME_LENGTH)
    @Getter private String outcome;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    @Getter private ActionSource source;

    @Getter private String taskId;

    @Column(nullable = false)
    @Getter private Instant createdAt;

    @Column(nullable = false)
    @Getter private String createdBy;

    @Getter private Instant completedAt;

    @Getter private String completedBy;

    @Column(length = org.csucasework.shared.Idempotency.KEY_LENGTH)
    private String idempotencyKey;

    /** What was asked with the idempotency key, so that the key sent with another request is refused. */
    @Column(length = org.csucasework.shared.Idempotency.FINGERPRINT_LENGTH)
    private String idempotencyFingerprint;

    @Version
    @Column(nullable = false)
    @Getter private long version;

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

    public ActionOwner getOwner() { return new ActionOwner(ownerKind, ownerId, ownerReference); }
}
