package org.csucasework.reference;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import lombok.Getter;

/** A partner agency: owns actions, and scopes what its officers can see. Every user belongs to one. */
@Entity
@Table(name = "agency")
public class Agency extends ReferenceEntity {

    @NotBlank(message = "Enter a code")
    @Size(max = ReferenceFieldLimits.CODE, message = "At most 40 characters")
    @Pattern(regexp = ReferenceFieldLimits.CODE_PATTERN, message = "Use capital letters, digits and underscores")
    @Column(name = "code", nullable = false)
    private String code;

    @NotBlank(message = "Enter the agency's name")
    @Size(max = ReferenceFieldLimits.NAME, message = "At most 160 characters")
    @Column(name = "name", nullable = false)
    @Getter private String name;

    @Column(name = "attends_daily_tasking", nullable = false)
    @Getter private boolean attendsDailyTasking;

    @Column(name = "active", nullable = false)
    @Getter private boolean active = true;

    public Agency() {
    }

    public Agency(String code, String name, boolean attendsDailyTasking) {
        this.code = code;
        this.name = name;
        this.attendsDailyTasking = attendsDailyTasking;
    }

    @Override
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public void setName(String name) { this.name = name; }
    public void setAttendsDailyTasking(boolean attendsDailyTasking) { this.attendsDailyTasking = attendsDailyTasking; }
    public void setActive(boolean active) { this.active = active; }
}
