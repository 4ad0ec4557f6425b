package org.csucasework.reporting;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.csucasework.shared.ui.UkDates;
import org.csucasework.shared.FieldError;
import org.csucasework.shared.ValidationException;

/**
 * A period of whole days, {@code from} and {@code to} both inclusive, that figures are counted for.
 *
 * <p>Its {@link #previous() previous period} is the one of equal length immediately before it: the same number of
 * calendar months when the period is whole months (1 October 2019 – 30 September 2020 is compared with 1 October 2018
 * – 30 September 2019, whatever the leap days), otherwise the same number of days.
 */
public record Period(LocalDate from, LocalDate to) {

    /** Ten years of months are the most a table shows. */
    public static final int MAX_MONTHS = 120;


    public Period {
        List<FieldError> errors = new ArrayList<>();
        if (from == null) {
            errors.add(new FieldError("from", "Choose the first day of the period"));
        }
        if (to == null) {
            errors.add(new FieldError("to", "Choose the last day of the period"));
        }
        if (from != null && to != null) {
            if (to.isBefore(from)) {
                errors.add(new FieldError("to", "The period cannot end before it starts"));
            } else if (ChronoUnit.MONTHS.between(YearMonth.from(from), YearMonth.from(to)) >= MAX_MONTHS) {
                errors.add(new FieldError("to", "A period can be at most " + MAX_MONTHS / 12 + " years long"));
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    /** The Strategic Assessment year that starts on the first of {@code startMonth} in {@code startYear}. */
    public static Period strategicYear(int startYear, int startMonth) {
        LocalDate from = LocalDate.of(startYear, startMonth, 1);
        return new Period(from, from.plusYears(1).minusDays(1));
    }

    /** The Strategic Assessment year a day falls in. */
    public static Period strategicYearContaining(LocalDate day, int startMonth) {
        int startYear = day.getMonthValue() >= startMonth ? day.getYear() : day.getYear() - 1;
        return strategicYear(startYear, startMonth);
    }

    /** A whole number of calendar months: from the first of a month to the last of a month. */
    public boolean isWholeMonths() {
        return from.getDayOfMonth() == 1 && to.equals(YearMonth.from(to).atEndOfMonth());
    }

    public Period previous() {
        if (isWholeMonths()) {
            long months = ChronoUnit.MONTHS.between(YearMonth.from(from), YearMonth.from(to)) + 1;
            return new Period(from.minusMonths(months), from.minusDays(1));
        }
        long days = ChronoUnit.DAYS.between(from, to) + 1;
        return new Period(from.minusDays(days), from.minusDays(1));
    }

    /** Every calendar month the period touches, in order. */
    public List<YearMonth> months() {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth month = YearMonth.from(from); !month.isAfter(YearMonth.from(to)); month = month.plusMonths(1)) {
            months.add(month);
        }
        return months;
    }

    /** The part of a month inside the period. */
    public Period within(YearMonth month) {
        LocalDate start = month.atDay(1).isBefore(from) ? from : month.atDay(1);
        LocalDate end = month.atEndOfMonth().isAfter(to) ? to : month.atEndOfMonth();
        return new Period(start, end);
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }

    /** For people: "1 Oct 2019 – 30 Sep 2020". */
    public String label() {
        return UkDates.DAY.format(from) + " – " + UkDates.DAY.format(to);
    }

    @Override
    public String toString() {
        return from + ".." + to;
    }
}
