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

/**
 * A Task and Finish Group: an in-depth partnership approach to one place or one person, led by an officer with member
 * agencies, from proposal to closure. Reference like TFG-2026-0001.
 */
@Entity
@Table(name = "task_group")
public class TaskGroup {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "reference", nullable = false, length = 20)
    private String reference;

    @Enumerated(EnumType.STRING)
    @Column(name = "subject_kind", nullable = false)
    private SubjectKind subjectKind;

    @Column(name = "place_id")
    private Long placeId;

    @Column(name = "person_id")
    private Long personId;

    @Column(name = "title", nullable = false, length = TaskGroupFieldLimits.TITLE)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private GroupStatus status = GroupStatus.PROPOSED;

    @Enumerated(EnumType.STRING)
    @Column(name = "proposal_source", nullable = false)
    private ProposalSource proposalSource;

    @Column(name = "proposal_reason", nullable = false, length = TaskGroupFieldLimits.REASON)
    private String proposalReason;

    @Column(name = "proposed_at", nullable = false)
    private Instant proposedAt;

    @Column(name = "proposed_by", nullable = false)
    private String proposedBy;

    @Column(name = "lead_username")
    private String leadUsername;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "task_group_agency", joinColumns = @JoinColumn(name = "group_id"))
    @Column(name = "agency_code", nullable = false)
    private Set<String> memberAgencies = new TreeSet<>();

    @Column(name = "review_interval_weeks", nullable = false)
    private int reviewIntervalWeeks;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decision_note", length = TaskGroupFieldLimits.REASON)
    private String decisionNote;

    @Column(name = "set_up_at")
    private Instant setUpAt;

    @Column(name = "set_up_by")
    private String setUpBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome")
    private GroupOutcome outcome;

    @Column(name = "outcome_reason", length = TaskGroupFieldLimits.REASON)
    private String outcomeReason;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "closed_by")
    private String closedBy;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

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

    public Long getId() { return id; }
    public String getReference() { return reference; }
    public SubjectKind getSubjectKind() { return subjectKind; }
    public Long getPlaceId() { return placeId; }
    public Long getPersonId() { return personId; }
    public String getTitle() { return title; }
    public GroupStatus getStatus() { return status; }
    public ProposalSource getProposalSource() { return proposalSource; }
    public String getProposalReason() { return proposalReason; }
    public Instant getProposedAt() { return proposedAt; }
    public String getProposedBy() { return proposedBy; }
    public String getLeadUsername() { return leadUsername; }
    public Set<String> getMemberAgencies() { return Set.copyOf(memberAgencies); }
    public int getReviewIntervalWeeks() { return reviewIntervalWeeks; }
    public Instant getDecidedAt() { return decidedAt; }
    public String getDecidedBy() { return decidedBy; }
    public String getDecisionNote() { return decisionNote; }
    public Instant getSetUpAt() { return setUpAt; }
    public String getSetUpBy() { return setUpBy; }
    public GroupOutcome getOutcome() { return outcome; }
    public String getOutcomeReason() { return outcomeReason; }
    public Instant getClosedAt() { return closedAt; }
    public String getClosedBy() { return closedBy; }
    public long getVersion() { return version; }
}
