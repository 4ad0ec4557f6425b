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

/** A person involved in a report, with how they are involved. */
@Entity
@Table(name = "report_subject")
public class ReportSubject {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "report_id")
    private Report report;

    @Column(name = "person_id", nullable = false)
    private Long personId;

    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false)
    private SubjectRole role;

    protected ReportSubject() {
    }

    ReportSubject(Report report, Long personId, SubjectRole role) {
        this.report = report;
        this.personId = personId;
        this.role = role;
    }

    public Long getId() { return id; }
    public Long getPersonId() { return personId; }
    public SubjectRole getRole() { return role; }
}
