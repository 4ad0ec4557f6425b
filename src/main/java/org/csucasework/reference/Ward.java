package org.csucasework.reference;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import lombok.Getter;

/** An electoral ward of the district, identified by its ONS code. Retired wards stay so that old reports keep them. */
@Entity
@Table(name = "ward")
@Getter
public class Ward extends ReferenceEntity {

    @NotBlank(message = "Enter the ONS code")
    @Pattern(regexp = ReferenceFieldLimits.ONS_CODE_PATTERN, message = "An ONS ward code looks like E05005008")
    @Column(nullable = false, length = ReferenceFieldLimits.ONS_CODE)
    private String onsCode;

    @NotBlank(message = "Enter the ward's name")
    @Size(max = 120, message = "At most 120 characters")
    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private boolean active = true;

    public Ward() {
    }

    public Ward(String onsCode, String name) {
        this.onsCode = onsCode;
        this.name = name;
    }

    @Override
    public String getCode() { return onsCode; }
    public void setOnsCode(String onsCode) { this.onsCode = onsCode; }
    public void setName(String name) { this.name = name; }
    public void setActive(boolean active) { this.active = active; }
}
