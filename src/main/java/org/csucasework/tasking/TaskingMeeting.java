package org.csucasework.tasking;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
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

/** One CSU daily tasking meeting: when, who chaired, which agencies attended. */
@Entity
@Table(name = "tasking_meeting")
public class TaskingMeeting extends IdentifiedEntity {

    @Column(nullable = false)
    @Getter private LocalDate meetingDate;

    @Column(nullable = false)
    @Getter private String chair;

    @Column(nullable = false)
    @Getter private Instant startedAt;

    @Getter private Instant endedAt;

    @Column(length = TaskingMeetingService.MINUTES_LENGTH)
    @Getter private String minutes;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "tasking_meeting_agency", joinColumns = @JoinColumn(name = "meeting_id"))
    @Column(name = "agency_code", nullable = false)
    private Set<String> agencies = new TreeSet<>();

    @Version
    @Column(nullable = false)
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
