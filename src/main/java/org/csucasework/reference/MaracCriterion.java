package org.csucasework.reference;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import lombok.Getter;

/** A criterion under which a case may be referred to the Community MARAC. */
@Entity
@Table(name = "marac_criterion")
public class MaracCriterion extends CodedReferenceEntity {

    @NotBlank(message = "Enter the criterion")
    @Size(max = ReferenceFieldLimits.LONG_LABEL, message = "At most 300 characters")
    @Column(nullable = false)
    @Getter private String label;

    @Column(nullable = false)
    @Getter private boolean active = true;

    public MaracCriterion() {
    }

    public MaracCriterion(String code, String label) {
        setCode(code);
        this.label = label;
    }

    public void setLabel(String label) { this.label = label; }
    public void setActive(boolean active) { this.active = active; }
}
