package org.csucasework.escalation.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import lombok.Getter;
import org.csucasework.escalation.AppealResult;
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

    /** The court's decision, once, on a day not before the appeal was lodged. */
    public void decide(AppealResult result, LocalDate on, String note, String by) {
        if (this.result != null) {
            throw new IllegalStateException("The appeal was decided already");
        }
        if (result == null || on == null || on.isBefore(lodgedOn)) {
            throw new IllegalArgumentException("A result, on a day not before the appeal was lodged");
        }
        this.result = result;
        this.decidedOn = on;
        this.resultNote = note;
        this.decidedBy = by;
    }

    public boolean isPending() {
        return result == null;
    }
}
