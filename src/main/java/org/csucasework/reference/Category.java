package org.csucasework.reference;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import lombok.Getter;

/** A report category, in a group (ASB, NOISE, ...) that the figures tables are split by. */
@Entity
@Table(name = "category")
public class Category extends CodedReferenceEntity {

    @NotBlank(message = "Enter the category's name")
    @Size(max = ReferenceFieldLimits.NAME, message = "At most 160 characters")
    @Column(nullable = false)
    @Getter private String name;

    @NotBlank(message = "Enter the group")
    @Size(max = ReferenceFieldLimits.CODE, message = "At most 40 characters")
    @Pattern(regexp = ReferenceFieldLimits.CODE_PATTERN, message = "Use capital letters, digits and underscores")
    @Column(name = "category_group", nullable = false)
    @Getter private String group;

    @Size(max = 20)
    @Getter private String homeOfficeAsbType;

    @Column(nullable = false)
    @Getter private boolean active = true;

    public Category() {
    }

    public Category(String code, String name, String group, String homeOfficeAsbType) {
        setCode(code);
        this.name = name;
        this.group = group;
        this.homeOfficeAsbType = homeOfficeAsbType;
    }

    public void setName(String name) { this.name = name; }
    public void setGroup(String group) { this.group = group; }
    public void setHomeOfficeAsbType(String type) { this.homeOfficeAsbType = type; }
    public void setActive(boolean active) { this.active = active; }
}
