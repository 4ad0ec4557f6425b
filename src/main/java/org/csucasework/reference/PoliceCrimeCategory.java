package org.csucasework.reference;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import lombok.Getter;

/** A police recorded-crime category, the rows of the partner figures table (the seed's Table 3). */
@Entity
@Table(name = "police_crime_category")
public class PoliceCrimeCategory extends CodedReferenceEntity {

    @NotBlank(message = "Enter the category's name")
    @Size(max = ReferenceFieldLimits.NAME, message = "At most 160 characters")
    @Column(nullable = false)
    @Getter private String name;

    @Column(nullable = false)
    @Getter private boolean victimBased;

    public PoliceCrimeCategory() {
    }

    public PoliceCrimeCategory(String code, String name, boolean victimBased) {
        setCode(code);
        this.name = name;
        this.victimBased = victimBased;
    }

    public void setName(String name) { this.name = name; }
    public void setVictimBased(boolean victimBased) { this.victimBased = victimBased; }
}
