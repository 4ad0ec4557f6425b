package org.csucasework.reference;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import lombok.Getter;

/** A step of the warning letter / Acceptable Behaviour Agreement escalation ladder. */
@Entity
@Table(name = "escalation_stage")
public class EscalationStage extends CodedReferenceEntity {

    @NotNull(message = "Enter the stage's position on the ladder")
    @Min(value = 1, message = "Stages are numbered from 1")
    @Column(nullable = false)
    @Getter private Integer stageOrder;

    @NotBlank(message = "Enter the stage's name")
    @Size(max = ReferenceFieldLimits.NAME, message = "At most 160 characters")
    @Column(nullable = false)
    @Getter private String label;

    @Column(nullable = false)
    @Getter private boolean needsSupervisorApproval = true;

    @Min(value = 1, message = "A duration is at least one day")
    @Getter private Integer defaultDurationDays;

    @Size(max = ReferenceFieldLimits.NOTES, message = "At most 500 characters")
    @Getter private String notes;

    public EscalationStage() {
    }

    public EscalationStage(int stageOrder, String code, String label, boolean needsSupervisorApproval,
                           Integer defaultDurationDays, String notes) {
        this.stageOrder = stageOrder;
        setCode(code);
        this.label = label;
        this.needsSupervisorApproval = needsSupervisorApproval;
        this.defaultDurationDays = defaultDurationDays;
        this.notes = notes;
    }

    public void setStageOrder(Integer stageOrder) { this.stageOrder = stageOrder; }
    public void setLabel(String label) { this.label = label; }
    public void setNeedsSupervisorApproval(boolean value) { this.needsSupervisorApproval = value; }
    public void setDefaultDurationDays(Integer days) { this.defaultDurationDays = days; }
    public void setNotes(String notes) { this.notes = notes; }
}
