package org.csucasework.reference;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

/**
 * The one count of working days in the product: Monday to Friday, except the England and Wales bank holidays of the
 * reference data ({@link BankHoliday}). Used for the MEDIUM risk victim's contact due date and the ASB Case Review's
 * decision and reminder dates and figures. A year with no bank holidays entered counts Monday to Friday only (a due
 * date then falls a day early over a holiday: the safe side), so administrators add each new year's list.
 */
@Component
@RequiredArgsConstructor
public class WorkingDays {

    private final ReferenceDataService referenceData;

    /** The day {@code days} working days after {@code from} (from itself not counted). */
    public LocalDate after(LocalDate from, int days) {
        Set<LocalDate> holidays = holidays();
        LocalDate day = from;
        int left = days;
        while (left > 0) {
            day = day.plusDays(1);
            if (isWorkingDay(day, holidays)) {
                left--;
            }
        }
        return day;
    }

    /** The day {@code days} working days before {@code from}, but never before {@code floor}. */
    public LocalDate before(LocalDate from, int days, LocalDate floor) {
        Set<LocalDate> holidays = holidays();
        LocalDate day = from;
        int left = days;
        while (left > 0 && day.isAfter(floor)) {
            day = day.minusDays(1);
            if (isWorkingDay(day, holidays)) {
                left--;
            }
        }
        return day.isBefore(floor) ? floor : day;
    }

    /** Working days from {@code from} to {@code to}: 0 on the same day, 1 the next working day. */
    public int between(LocalDate from, LocalDate to) {
        Set<LocalDate> holidays = holidays();
        int days = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (isWorkingDay(day, holidays)) {
                days++;
            }
        }
        return days;
    }

    public boolean isWorkingDay(LocalDate day) {
        return isWorkingDay(day, holidays());
    }

    /** Read once per count: a few dozen rows. */
    private Set<LocalDate> holidays() {
        return referenceData.list(ReferenceType.BANK_HOLIDAYS).stream().map(BankHoliday::getDay)
                .collect(Collectors.toSet());
    }

    private static boolean isWorkingDay(LocalDate day, Set<LocalDate> holidays) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY
                && !holidays.contains(day);
    }
}
