package org.csucasework.taskgroups;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;
import lombok.Getter;
import org.csucasework.shared.IdentifiedEntity;

/**
 * A Task and Finish Group: an in-depth partnership approach to one place or one person, led by an officer with member
 * agencies, from proposal to closure. Reference like TFG-2026-0001.
 */
@Entity
@Table(name = "task_group")
public class TaskGroup extends IdentifiedEntity {

    @Column(nullable = false, length = 20)
    @Getter private String reference;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    @Getter private SubjectKind subjectKind;

    @Getter private Long placeId;

    @Getter private Long personId;

    @Column(nullable = false, length = TaskGroupFieldLimits.TITLE)
    @Getter private String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    @Getter private GroupStatus status = GroupStatus.PROPOSED;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    @Getter private ProposalSource proposalSource;

    @Column(nullable = false, length = TaskGroupFieldLimits.REASON)
    @Getter private String proposalReason;

    @Column(nullable = false)
    @Getter private Instant proposedAt;

    @Column(nullable = false)
    @Getter private String proposedBy;

    @Getter private String leadUsername;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "task_group_agency", joinColumns = @JoinColumn(name = "group_id"))
    @Column(name = "agency_code", nullable = false)
    private Set<String> memberAgencies = new TreeSet<>();

    @Column(nullable = false)
    @Getter private int reviewIntervalWeeks;

    @Getter private Instant decidedAt;

    @Getter private String decidedBy;

    @Column(length = TaskGroupFieldLimits.REASON)
    @Getter private String decisionNote;

    @Getter private Instant setUpAt;

    @Getter private String setUpBy;

    @Enumerated(EnumType.STRING)
    @Getter private GroupOutcome outcome;

    @Column(length = TaskGroupFieldLimits.REASON)
    @Getter private String outcomeReason;

    @Getter private Instant closedAt;

    @Getter private String closedBy;

    @Version
    @Column(nullable = false)
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
