package org.csucasework.reference;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import lombok.Getter;

/** A partner agency: owns actions, and scopes what its officers can see. Every user belongs to one. */
@Entity
@Table(name = "agency")
public class Agency extends CodedReferenceEntity {

    @NotBlank(message = "Enter the agency's name")
    @Size(max = ReferenceFieldLimits.NAME, message = "At most 160 characters")
    @Column(nullable = false)
    @Getter private String name;

    @Column(nullable = false)
    @Getter private boolean attendsDailyTasking;

    @Column(nullable = false)
    @Getter private boolean active = true;

    public Agency() {
    }

    public Agency(String code, String name, boolean attendsDailyTasking) {
        setCode(code);
        this.name = name;
        this.attendsDailyTasking = attendsDailyTasking;
    }

    public void setName(String name) { this.name = name; }
    public void setAttendsDailyTasking(boolean attendsDailyTasking) { this.attendsDailyTasking = attendsDailyTasking; }
    public void setActive(boolean active) { this.active = active; }
}
