package org.csucasework.reference;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import lombok.Getter;

/** How a report was closed; some outcomes (no further action, unfounded, ...) need a reason. */
@Entity
@Table(name = "outcome")
public class Outcome extends CodedReferenceEntity {

    @NotBlank(message = "Enter the outcome")
    @Size(max = ReferenceFieldLimits.NAME, message = "At most 160 characters")
    @Column(nullable = false)
    @Getter private String label;

    @Column(nullable = false)
    @Getter private boolean needsReason;

    public Outcome() {
    }

    public Outcome(String code, String label, boolean needsReason) {
        setCode(code);
        this.label = label;
        this.needsReason = needsReason;
    }

    public void setLabel(String label) { this.label = label; }
    public void setNeedsReason(boolean needsReason) { this.needsReason = needsReason; }
}
