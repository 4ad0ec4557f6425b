package org.csucasework.escalation.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import lombok.Getter;
import org.csucasework.escalation.Requirement;
import org.csucasework.escalation.ServiceMethod;
import org.csucasework.escalation.StepStatus;
import org.csucasework.shared.IdentifiedEntity;

/** One step of the ladder proposed on a case: its conduct and evidence, the decision, and its issue. */
@Entity
@Table(name = "escalation_step")
public class EscalationStep extends IdentifiedEntity {

    @Column(nullable = false)
    @Getter private Long caseId;

    @Column(nullable = false, length = 40)
    @Getter private String stageCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    @Getter private StepStatus status;

    @Column(nullable = false, length = 4000)
    @Getter private String conduct;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    @Getter private ServiceMethod serviceMethod;

    @Getter private Integer durationDays;

    @Column(nullable = false)
    @Getter private boolean skip;

    @Column(length = 2000)
    @Getter private String skipJustification;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "escalation_step_report", joinColumns = @JoinColumn(name = "step_id"))
    @Column(name = "report_id")
    private Set<Long> evidenceReportIds = new LinkedHashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "escalation_requirement", joinColumns = @JoinColumn(name = "step_id"))
    @OrderColumn(name = "position")
    private List<RequirementItem> requirements = new ArrayList<>();

    @Column(nullable = false, length = 60)
    @Getter private String proposedBy;

    @Column(nullable = false)
    @Getter private Instant proposedAt;

    @Column(nullable = false)
    @Getter private Instant submittedAt;

    @Column(nullable = false)
    @Getter private int submissions = 1;

    @Column(length = 60)
    @Getter private String decidedBy;

    @Getter private Instant decidedAt;

    @Column(length = 2000)
    @Getter private String decisionNote;

    /** When the approved step's documents were generated, ready to serve (not when they were served). */
    @Getter private Instant issuedAt;

    @Getter private LocalDate issuedOn;

    @Getter private LocalDate servedOn;

    @Enumerated(EnumType.STRING)
    @Column(length = 30)
    @Getter private ServiceMethod servedMethod;

    @Column(length = 160)
    @Getter private String servedBy;

    @Column(length = 60)
    @Getter private String serviceRecordedBy;

    @Getter private Instant serviceRecordedAt;

    @Getter private LocalDate complianceDate;

    @Version
    @Column(nullable = false)
    @Getter private long version;

    protected EscalationStep() {
    }

    public EscalationStep(Long caseId, String stageCode, String conduct, ServiceMethod serviceMethod,
                          Integer durationDays, boolean skip, String skipJustification, Set<Long> evidenceReportIds,
                          Instant proposedAt, String proposedBy) {
        this.caseId = caseId;
        this.stageCode = stageCode;
        this.status = StepStatus.PROPOSED;
        this.conduct = conduct;
        this.serviceMethod = serviceMethod;
        this.durationDays = durationDays;
        this.skip = skip;
        this.skipJustification = skipJustification;
        this.evidenceReportIds = new LinkedHashSet<>(evidenceReportIds);
        this.proposedAt = proposedAt;
        this.submittedAt = proposedAt;
        this.proposedBy = proposedBy;
    }

    /** The requirements of a CPN (empty for the other stages). */
    public void setRequirements(List<Requirement> requirements) {
        if (status != StepStatus.PROPOSED) {
            throw new IllegalStateException("Requirements change only with a proposal");
        }
        this.requirements.clear();
        requirements.forEach(r -> this.requirements.add(new RequirementItem(r)));
    }

    public List<Requirement> getRequirements() {
        return requirements.stream().map(RequirementItem::toRequirement).toList();
    }

    /** The caseworker changed the returned proposal and sends it back to the queue. */
    public void resubmit(String stageCode, String conduct, ServiceMethod serviceMethod, Integer durationDays,
                         boolean skip, String skipJustification, Set<Long> evidenceReportIds, Instant at) {
        require(StepStatus.RETURNED, "resubmitted");
        this.stageCode = stageCode;
        this.conduct = conduct;
        this.serviceMethod = serviceMethod;
        this.durationDays = durationDays;
        this.skip = skip;
        this.skipJustification = skipJustification;
        this.evidenceReportIds.clear();
        this.evidenceReportIds.addAll(evidenceReportIds);
        this.status = StepStatus.PROPOSED;
        this.submittedAt = at;
        this.submissions++;
    }

    /** A supervisor's decision: approved (then its documents are generated to be served), returned or rejected. */
    public void decide(StepStatus outcome, String note, Instant at, String by) {
        require(StepStatus.PROPOSED, "decided");
        if (outcome != StepStatus.APPROVED && outcome != StepStatus.RETURNED && outcome != StepStatus.REJECTED) {
            throw new IllegalArgumentException("Not a decision: " + outcome);
        }
        if (by.equals(proposedBy)) {
            throw new IllegalStateException("Nobody decides a step they proposed");
        }
        this.status = outcome;
        this.decisionNote = note;
        this.decidedAt = at;
        this.decidedBy = by;
    }

    /** The approved step's documents were generated: ready to serve. Nothing runs from this day. */
    public void documentsGenerated(Instant at, LocalDate on) {
        require(StepStatus.APPROVED, "given its documents");
        this.issuedAt = at;
        this.issuedOn = on;
    }

    /**
     * The step was served: its deadlines run from {@code on}. Only an approved step whose documents exist is served,
     * once, and never on a day before its approval or after {@code today}.
     */
    public void serve(LocalDate on, ServiceMethod method, String by, LocalDate complianceDate, LocalDate today,
                      Instant recordedAt, String recordedBy) {
        require(StepStatus.APPROVED, "served");
        if (issuedAt == null) {
            throw new IllegalStateException("A step is served only once its documents are generated");
        }
        if (on == null || method == null || by == null || by.isBlank()) {
            throw new IllegalArgumentException("Service needs its day, method and who served it");
        }
        if (on.isBefore(approvedOn()) || on.isAfter(today)) {
            throw new IllegalStateException("A step is served between its approval and today");
        }
        this.status = StepStatus.SERVED;
        this.servedOn = on;
        this.servedMethod = method;
        this.servedBy = by.trim();
        this.complianceDate = complianceDate;
        this.serviceRecordedAt = recordedAt;
        this.serviceRecordedBy = recordedBy;
    }

    /** The day in the district the supervisor approved the step (null until approved). */
    public LocalDate approvedOn() {
        return decidedAt == null || status == StepStatus.RETURNED || status == StepStatus.REJECTED ? null
                : decidedAt.atZone(java.time.ZoneId.of("Europe/London")).toLocalDate();
    }

    /** Withdrawn when the case closes: a step awaiting a decision or revision, or approved and never served. */
    public void withdraw() {
        if (!isPending() && status != StepStatus.APPROVED) {
            throw new IllegalStateException("Only a step not yet served can be withdrawn");
        }
        this.status = StepStatus.WITHDRAWN;
    }

    private void require(StepStatus expected, String what) {
        if (status != expected) {
            throw new IllegalStateException("A step " + status.name().toLowerCase() + " cannot be " + what);
        }
    }

    public boolean isPending() {
        return status == StepStatus.PROPOSED || status == StepStatus.RETURNED;
    }

    public Set<Long> getEvidenceReportIds() { return Set.copyOf(evidenceReportIds); }
}
