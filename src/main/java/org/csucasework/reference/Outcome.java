package org.csucasework.reference;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import lombok.Getter;

/** How a report was closed; some outcomes (no further action, unfounded, ...) need a reason. */
@Entity
@Table(name = "outcome")
public class Outcome extends ReferenceEntity {

    @NotBlank(message = "Enter a code")
    @Size(max = ReferenceFieldLimits.CODE, message = "At most 40 characters")
    @Pattern(regexp = ReferenceFieldLimits.CODE_PATTERN, message = "Use capital letters, digits and underscores")
    @Column(name = "code", nullable = false)
    private String code;

    @NotBlank(message = "Enter the outcome")
    @Size(max = ReferenceFieldLimits.NAME, message = "At most 160 characters")
    @Column(name = "label", nullable = false)
    @Getter private String label;

    @Column(name = "needs_reason", nullable = false)
    @Getter private boolean needsReason;

    public Outcome() {
    }

    public Outcome(String code, String label, boolean needsReason) {
        this.code = code;
        this.label = label;
        this.needsReason = needsReason;
    }

    @Override
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public void setLabel(String label) { this.label = label; }
    public void setNeedsReason(boolean needsReason) { this.needsReason = needsReason; }
}
