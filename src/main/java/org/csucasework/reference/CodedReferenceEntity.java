package org.csucasework.reference;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A reference record whose natural key is a code an administrator types (capitals, digits and underscores). */
@MappedSuperclass
public abstract class CodedReferenceEntity extends ReferenceEntity {

    @NotBlank(message = "Enter a code")
    @Size(max = ReferenceFieldLimits.CODE, message = "At most 40 characters")
    @Pattern(regexp = ReferenceFieldLimits.CODE_PATTERN, message = "Use capital letters, digits and underscores")
    @Column(nullable = false)
    private String code;

    @Override
    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
