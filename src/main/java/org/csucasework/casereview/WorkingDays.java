package org.csucasework.casereview;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * Working days, Monday to Friday. Bank holidays are not known to the system (no reference list yet), so a due date
 * over a bank holiday is a day early: the safe side for the applicant (decision record 0022).
 */
final class WorkingDays {

    private WorkingDays() {
    }

    /** The day {@code days} working days after {@code from} (from itself not counted). */
    static LocalDate after(LocalDate from, int days) {
        LocalDate day = from;
        int left = days;
        while (left > 0) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                left--;
            }
        }
        return day;
    }

    /** The day {@code days} working days before {@code from}, but never before {@code floor}. */
    static LocalDate before(LocalDate from, int days, LocalDate floor) {
        LocalDate day = from;
        int left = days;
        while (left > 0 && day.isAfter(floor)) {
            day = day.minusDays(1);
            if (isWorkingDay(day)) {
                left--;
            }
        }
        return day.isBefore(floor) ? floor : day;
    }

    /** Working days from {@code from} to {@code to}: 0 on the same day, 1 the next working day. */
    static int between(LocalDate from, LocalDate to) {
        int days = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                days++;
            }
        }
        return days;
    }

    static boolean isWorkingDay(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }
}
