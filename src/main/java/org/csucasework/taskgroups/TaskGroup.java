package org.csucasework.taskgroups;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;
import lombok.Getter;

/**
 * A Task and Finish Group: an in-depth partnership approach to one place or one person, led by an officer with member
 * agencies, from proposal to closure. Reference like TFG-2026-0001.
 */
@Entity
@Table(name = "task_group")
public class TaskGroup {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Getter private Long id;

    @Column(name = "reference", nullable = false, length = 20)
    @Getter private String reference;

    @Enumerated(EnumType.STRING)
    @Column(name = "subject_kind", nullable = false)
    @Getter private SubjectKind subjectKind;

    @Column(name = "place_id")
    @Getter private Long placeId;

    @Column(name = "person_id")
    @Getter private Long personId;

    @Column(name = "title", nullable = false, length = TaskGroupFieldLimits.TITLE)
    @Getter private String title;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    @Getter private GroupStatus status = GroupStatus.PROPOSED;

    @Enumerated(EnumType.STRING)
    @Column(name = "proposal_source", nullable = false)
    @Getter private ProposalSource proposalSource;

    @Column(name = "proposal_reason", nullable = false, length = TaskGroupFieldLimits.REASON)
    @Getter private String proposalReason;

    @Column(name = "proposed_at", nullable = false)
    @Getter private Instant proposedAt;

    @Column(name = "proposed_by", nullable = false)
    @Getter private String proposedBy;

    @Column(name = "lead_username")
    @Getter private String leadUsername;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "task_group_agency", joinColumns = @JoinColumn(name = "group_id"))
    @Column(name = "agency_code", nullable = false)
    private Set<String> memberAgencies = new TreeSet<>();

    @Column(name = "review_interval_weeks", nullable = false)
    @Getter private int reviewIntervalWeeks;

    @Column(name = "decided_at")
    @Getter private Instant decidedAt;

    @Column(name = "decided_by")
    @Getter private String decidedBy;

    @Column(name = "decision_note", length = TaskGroupFieldLimits.REASON)
    @Getter private String decisionNote;

    @Column(name = "set_up_at")
    @Getter private Instant setUpAt;

    @Column(name = "set_up_by")
    @Getter private String setUpBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome")
    @Getter private GroupOutcome outcome;

    @Column(name = "outcome_reason", length = TaskGroupFieldLimits.REASON)
    @Getter private String outcomeReason;

    @Column(name = "closed_at")
    @Getter private Instant closedAt;

    @Column(name = "closed_by")
    @Getter private String closedBy;

    @Version
    @Column(name = "version", nullable = false)
    @Getter private long version;

    protected TaskGroup() {
    }

    TaskGroup(String reference, GroupSubject subject, String title, ProposalSource source, String reason,
              String leadUsername, Set<String> memberAgencies, int reviewIntervalWeeks, Instant proposedAt,
              String proposedBy) {
        this.reference = reference;
        this.subjectKind = subject.kind();
        this.placeId = subject.kind() == SubjectKind.PLACE ? subject.id() : null;
        this.personId = subject.kind() == SubjectKind.PERSON ? subject.id() : null;
        this.title = title;
        this.proposalSource = source;
        this.proposalReason = reason;
        this.leadUsername = leadUsername;
        this.memberAgencies = new TreeSet<>(memberAgencies);
        this.reviewIntervalWeeks = reviewIntervalWeeks;
        this.proposedAt = proposedAt;
        this.proposedBy = proposedBy;
    }

    void approve(String note, Instant at, String by) {
        status = GroupStatus.OPEN;
        decisionNote = note;
        decidedAt = at;
        decidedBy = by;
    }

    void decline(String reason, Instant at, String by) {
        status = GroupStatus.DECLINED;
        decisionNote = reason;
        decidedAt = at;
        decidedBy = by;
    }

    void changeDetails(String title, String leadUsername, Set<String> memberAgencies, int reviewIntervalWeeks) {
        this.title = title;
        this.leadUsername = leadUsername;
        this.memberAgencies.clear();
        this.memberAgencies.addAll(memberAgencies);
        this.reviewIntervalWeeks = reviewIntervalWeeks;
    }

    void markSetUp(Instant at, String by) {
        setUpAt = at;
        setUpBy = by;
    }

    void close(GroupOutcome outcome, String reason, Instant at, String by) {
        this.status = GroupStatus.CLOSED;
        this.outcome = outcome;
        this.outcomeReason = reason;
        this.closedAt = at;
        this.closedBy = by;
    }

    public GroupSubject subject() {
        return new GroupSubject(subjectKind, subjectKind == SubjectKind.PLACE ? placeId : personId);
    }

    /** Approved and set up (lead, members, first meeting): meetings and the action plan can be worked. */
    public boolean isWorking() {
        return status == GroupStatus.OPEN && setUpAt != null;
    }

    public Set<String> getMemberAgencies() { return Set.copyOf(memberAgencies); }
}
