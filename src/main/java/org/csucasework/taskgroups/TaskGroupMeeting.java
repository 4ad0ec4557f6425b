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
import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;
import lombok.Getter;
import org.csucasework.shared.IdentifiedEntity;
import org.csucasework.shared.MeetingStatus;

/** A meeting of a group: scheduled for a day, then held with the agencies attending and its minutes. */
@Entity
@Table(name = "task_group_meeting")
public class TaskGroupMeeting extends IdentifiedEntity {

    @Column(nullable = false)
    @Getter private Long groupId;

    @Column(nullable = false)
    @Getter private LocalDate meetingDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    @Getter private MeetingKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    @Getter private MeetingStatus status = MeetingStatus.SCHEDULED;

    @Column(length = TaskGroupFieldLimits.MINUTES)
    @Getter private String minutes;

    @Column(nullable = false)
    @Getter private Instant scheduledAt;

    @Column(nullable = false)
    @Getter private String scheduledBy;

    @Getter private Instant heldAt;

    @Getter private String recordedBy;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "task_group_meeting_agency", joinColumns = @JoinColumn(name = "meeting_id"))
    @Column(name = "agency_code", nullable = false)
    private Set<String> attendingAgencies = new TreeSet<>();

    @Version
    @Column(nullable = false)
    @Getter private long version;

    protected TaskGroupMeeting() {
    }

    TaskGroupMeeting(Long groupId, LocalDate meetingDate, MeetingKind kind, Instant scheduledAt, String scheduledBy) {
        this.groupId = groupId;
        this.meetingDate = meetingDate;
        this.kind = kind;
        this.scheduledAt = scheduledAt;
        this.scheduledBy = scheduledBy;
    }

    void held(LocalDate date, MeetingKind kind, Set<String> agencies, String minutes, Instant at, String by) {
        this.meetingDate = date;
        this.kind = kind;
        this.attendingAgencies = new TreeSet<>(agencies);
        this.minutes = minutes;
        this.status = MeetingStatus.HELD;
        this.heldAt = at;
        this.recordedBy = by;
    }

    public Set<String> getAttendingAgencies() { return Set.copyOf(attendingAgencies); }
}
