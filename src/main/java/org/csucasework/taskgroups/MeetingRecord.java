package org.csucasework.taskgroups;

import java.time.LocalDate;
import java.util.Set;

/**
 * A meeting held: the meeting scheduled before ({@code meetingId}, or null for one not scheduled in the system), the
 * day it was held, the agencies attending, and the minutes.
 */
public record MeetingRecord(Long meetingId, LocalDate date, Set<String> attendingAgencies, String minutes) {

    public MeetingRecord {
        attendingAgencies = attendingAgencies == null ? Set.of() : Set.copyOf(attendingAgencies);
    }
}
