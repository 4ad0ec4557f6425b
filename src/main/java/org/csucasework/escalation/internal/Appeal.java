package org.csucasework.escalation.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import lombok.Getter;
import org.csucasework.escalation.AppealResult;
import org.csucasework.escalation.Requirement;
import org.csucasework.shared.IdentifiedEntity;

/**
 * An appeal against a Community Protection Notice to the magistrates' court (s46): lodged, heard, decided. While it
 * is pending, the notice's "do" requirements are suspended; its "stop" requirements stand.
 */
@Entity
@Table(name = "escalation_appeal")
@Getter
public class Appeal extends IdentifiedEntity {

    @Column(nullable = false)
    private Long caseId;

    @Column(nullable = false)
    private Long stepId;

    @Column(nullable = false)
    private LocalDate lodgedOn;

    @Column(nullable = false, length = 160)
    private String court;

    private LocalDate hearingOn;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private AppealResult result;

    private LocalDate decidedOn;

    @Column(length = 2000)
    private String resultNote;

    @Column(nullable = false, length = 60)
    private String recordedBy;

    @Column(nullable = false)
    private Instant recordedAt;

    @Column(length = 60)
    private String decidedBy;

    /**
     * The notice's requirements in force once the appeal was decided (upheld or varied), each "do" deadline moved on
     * by the days the appeal was in progress; empty while pending and when quashed.
     */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "escalation_appeal_requirement", joinColumns = @JoinColumn(name = "appeal_id"))
    @OrderColumn(name = "position")
    private List<RequirementItem> requirementsInForce = new ArrayList<>();

    @Version
    @Column(nullable = false)
    private long version;

    protected Appeal() {
    }

    public Appeal(Long caseId, Long stepId, LocalDate lodgedOn, String court, LocalDate hearingOn, Instant recordedAt,
                  String recordedBy) {
        if (hearingOn != null && hearingOn.isBefore(lodgedOn)) {
            throw new IllegalArgumentException("A hearing comes after the appeal is lodged");
        }
        this.caseId = caseId;
        this.stepId = stepId;
        this.lodgedOn = lodgedOn;
        this.court = court;
        this.hearingOn = hearingOn;
        this.recordedAt = recordedAt;
        this.recordedBy = recordedBy;
    }

    /**
     * The court's decision, once, on a day not before the appeal was lodged. {@code requirements} are those the notice
     * has from now on (its own when upheld, the court's when varied, none when quashed), as the notice or the court
     * states them: while the appeal was in progress a "do" requirement had no effect (s46(3)), so each "do" deadline
     * moves on by the days the appeal took. "Stop" requirements stood throughout and keep no deadline.
     */
    public void decide(AppealResult result, LocalDate on, String note, String by, List<Requirement> requirements) {
        if (this.result != null) {
            throw new IllegalStateException("The appeal was decided already");
        }
        if (result == null || on == null || on.isBefore(lodgedOn)) {
            throw new IllegalArgumentException("A result, on a day not before the appeal was lodged");
        }
        // An upheld notice served before notices carried requirements has none to keep.
        if (result == AppealResult.QUASHED && !requirements.isEmpty()
                || result == AppealResult.VARIED && requirements.isEmpty()) {
            throw new IllegalArgumentException("A quashed notice has no requirements; a varied one has the court's");
        }
        this.result = result;
        this.decidedOn = on;
        this.resultNote = note;
        this.decidedBy = by;
        long suspendedDays = daysInProgress();
        requirements.forEach(r -> requirementsInForce.add(new RequirementItem(r.kind() == Requirement.Kind.DO
                && r.deadline() != null ? new Requirement(r.kind(), r.text(), r.deadline().plusDays(suspendedDays)) : r)));
    }

    /** The days from lodging to decision, during which the notice's "do" requirements had no effect (s46(3)). */
    public long daysInProgress() {
        return decidedOn == null ? 0 : ChronoUnit.DAYS.between(lodgedOn, decidedOn);
    }

    public List<Requirement> getRequirementsInForce() {
        return requirementsInForce.stream().map(RequirementItem::toRequirement).toList();
    }

    public boolean isPending() {
        return result == null;
    }
}
