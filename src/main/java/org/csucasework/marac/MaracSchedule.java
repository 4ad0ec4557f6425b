package org.csucasework.marac;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The monthly cycle's defaults, set by {@code casework.marac.*}: the meetings fall on the n-th weekday of each month
 * (the second Tuesday unless configured), referrals close a number of days before each meeting, and meetings are
 * scheduled this many months ahead. The chair can add meetings and move them; the deadline moves with the meeting.
 */
@Component
public class MaracSchedule {

    private final int weekOfMonth;
    private final DayOfWeek dayOfWeek;
    private final int deadlineDays;
    private final int monthsAhead;

    MaracSchedule(@Value("${casework.marac.meeting-week-of-month:2}") int weekOfMonth,
                  @Value("${casework.marac.meeting-day-of-week:TUESDAY}") DayOfWeek dayOfWeek,
                  @Value("${casework.marac.referral-deadline-days:10}") int deadlineDays,
                  @Value("${casework.marac.months-ahead:3}") int monthsAhead) {
        if (weekOfMonth < 1 || weekOfMonth > 4) {
            throw new IllegalArgumentException("casework.marac.meeting-week-of-month must be 1 to 4");
        }
        this.weekOfMonth = weekOfMonth;
        this.dayOfWeek = dayOfWeek;
        this.deadlineDays = Math.max(0, deadlineDays);
        this.monthsAhead = Math.max(1, monthsAhead);
    }

    /** The default meeting day of the month. */
    public LocalDate meetingDay(YearMonth month) {
        return month.atDay(1).with(TemporalAdjusters.dayOfWeekInMonth(weekOfMonth, dayOfWeek));
    }

    /** The referral deadline of a meeting on this day. */
    public LocalDate deadlineFor(LocalDate meetingDate) {
        return meetingDate.minusDays(deadlineDays);
    }

    public int deadlineDays() {
        return deadlineDays;
    }

    public int monthsAhead() {
        return monthsAhead;
    }
}
