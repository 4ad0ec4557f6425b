package org.csucasework.marac;

import java.time.LocalDate;

/** A meeting as the meetings list shows it. */
public record MeetingSummary(Long id, LocalDate date, LocalDate referralDeadline, MeetingStatus status, long cases,
                             long version) {
}
