package org.csucasework.marac;

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

/** A monthly Community MARAC meeting: its date, the referral deadline before it, who attended and its minutes. */
@Entity
@Table(name = "marac_meeting")
public class MaracMeeting extends IdentifiedEntity {

    @Column(nullable = false)
    @Getter private LocalDate meetingDate;

    @Column(nullable = false)
    @Getter private LocalDate referralDeadline;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    @Getter private MeetingStatus status;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "marac_meeting_agency", joinColumns = @JoinColumn(name = "meeting_id"))
    @Column(name = "agency_code", nullable = false)
    private Set<String> agenciesPresent = new TreeSet<>();

    @Getter private String attendees;

    @Getter private String minutes;

    @Getter private Instant heldAt;

    @Getter private String heldBy;

    @Column(nullable = false)
    private Instant createdAt;

    @Column(nullable = false)
    private String createdBy;

    @Version
    @Column(nullable = false)
    @Getter private long version;

    protected MaracMeeting() {
    }

    MaracMeeting(LocalDate meetingDate, LocalDate referralDeadline, Instant createdAt, String createdBy) {
        this.meetingDate = meetingDate;
        this.referralDeadline = referralDeadline;
        this.status = MeetingStatus.SCHEDULED;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    void move(LocalDate meetingDate, LocalDate referralDeadline) {
        this.meetingDate = meetingDate;
        this.referralDeadline = referralDeadline;
    }

    void recordAttendance(Set<String> agencies, String attendees) {
        this.agenciesPresent.clear();
        this.agenciesPresent.addAll(agencies);
        this.attendees = attendees;
    }

    void held(String minutes, Instant at, String by) {
        this.status = MeetingStatus.HELD;
        this.minutes = minutes;
        this.heldAt = at;
        this.heldBy = by;
    }

    public Set<String> getAgenciesPresent() { return new TreeSet<>(agenciesPresent); }
}
