package org.csucasework.intake;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import lombok.Getter;

/** A person involved in a report, with how they are involved. */
@Entity
@Table(name = "report_subject")
public class ReportSubject {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Getter private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "report_id")
    private Report report;

    @Column(name = "person_id", nullable = false)
    @Getter private Long personId;

    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false)
    @Getter private SubjectRole role;

    protected ReportSubject() {
    }

    ReportSubject(Report report, Long personId, SubjectRole role) {
        this.report = report;
        this.personId = personId;
        this.role = role;
    }
}
