package org.csucasework.intake;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import lombok.Getter;
import org.csucasework.shared.IdentifiedEntity;

/** A person involved in a report, with how they are involved. */
@Entity
@Table(name = "report_subject")
public class ReportSubject extends IdentifiedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "report_id")
    private Report report;

    @Column(nullable = false)
    @Getter private Long personId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    @Getter private SubjectRole role;

    protected ReportSubject() {
    }

    ReportSubject(Report report, Long personId, SubjectRole role) {
        this.report = report;
        this.personId = personId;
        this.role = role;
    }
}
