package org.csucasework.marac;

import java.time.LocalDate;
import org.csucasework.shared.MeetingStatus;

/** A meeting as the meetings list shows it. */
public record MeetingSummary(Long id, LocalDate date, LocalDate referralDeadline, MeetingStatus status, long cases,
                             long version) {
}
