package org.csucasework.escalation.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import org.csucasework.escalation.Requirement;

/** A requirement of a CPN as stored with its step (table {@code escalation_requirement}). */
@Embeddable
public class RequirementItem {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Requirement.Kind kind;

    @Column(nullable = false, length = 1000)
    private String text;

    private LocalDate deadline;

    protected RequirementItem() {
    }

    public RequirementItem(Requirement requirement) {
        this.kind = requirement.kind();
        this.text = requirement.text().trim();
        this.deadline = requirement.kind() == Requirement.Kind.DO ? requirement.deadline() : null;
    }

    public Requirement toRequirement() {
        return new Requirement(kind, text, deadline);
    }
}
