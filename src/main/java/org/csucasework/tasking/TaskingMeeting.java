package org.csucasework.tasking;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;
import lombok.Getter;

/** One CSU daily tasking meeting: when, who chaired, which agencies attended. */
@Entity
@Table(name = "tasking_meeting")
public class TaskingMeeting {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Getter private Long id;

    @Column(name = "meeting_date", nullable = false)
    @Getter private LocalDate meetingDate;

    @Column(name = "chair", nullable = false)
    @Getter private String chair;

    @Column(name = "started_at", nullable = false)
    @Getter private Instant startedAt;

    @Column(name = "ended_at")
    @Getter private Instant endedAt;

    @Column(name = "minutes", length = TaskingMeetingService.MINUTES_LENGTH)
    @Getter private String minutes;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "tasking_meeting_agency", joinColumns = @JoinColumn(name = "meeting_id"))
    @Column(name = "agency_code", nullable = false)
    private Set<String> agencies = new TreeSet<>();

    @Version
    @Column(name = "version", nullable = false)
    @Getter private long version;

    protected TaskingMeeting() {
    }

    TaskingMeeting(LocalDate meetingDate, String chair, Set<String> agencies, Instant startedAt) {
        this.meetingDate = meetingDate;
        this.chair = chair;
        this.agencies = new TreeSet<>(agencies);
        this.startedAt = startedAt;
    }

    void end(Instant at, String minutes) {
        this.endedAt = at;
        this.minutes = minutes;
    }

    public boolean isInProgress() {
        return endedAt == null;
    }

    public Set<String> getAgencies() { return Set.copyOf(agencies); }
}
