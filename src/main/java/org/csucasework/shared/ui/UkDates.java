package org.csucasework.shared.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.Locale;

/**
 * Dates and times as users see them: UK formats in the district's one zone (the application {@code Clock}'s zone),
 * never ISO dates, whatever the browser's language.
 */
public final class UkDates {

    public static final ZoneId ZONE = ZoneId.of("Europe/London");
    public static final Locale LOCALE = Locale.UK;

    /** "6 Dec 2026". */
    public static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", LOCALE);
    /** "Sun 6 Dec 2026", where the day of the week matters (meetings, due dates). */
    public static final DateTimeFormatter WEEKDAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", LOCALE);
    /** "6 Dec 2026, 14:05" in the district's zone. */
    public static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", LOCALE)
            .withZone(ZONE);
    /** "06/12/2026", as typed into a date field and for narrow columns. */
    public static final DateTimeFormatter NUMERIC = DateTimeFormatter.ofPattern("dd/MM/yyyy", LOCALE);
    /** "Dec 2026", for months on chart axes and tables. */
    public static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", LOCALE);

    private UkDates() {
    }

    public static String day(LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }

    public static String weekday(LocalDate date) {
        return date == null ? "" : WEEKDAY.format(date);
    }

    public static String moment(Instant instant) {
        return instant == null ? "" : MOMENT.format(instant);
    }

    public static String moment(Date date) {
        return date == null ? "" : moment(date.toInstant());
    }

    public static String moment(LocalDateTime local) {
        return local == null ? "" : moment(local.atZone(ZONE).toInstant());
    }

    public static String numeric(LocalDate date) {
        return date == null ? "" : NUMERIC.format(date);
    }

    /** The calendar day of the instant in the district. */
    public static LocalDate dayOf(Instant instant) {
        return instant.atZone(ZONE).toLocalDate();
    }

    /** A date field that shows and reads dd/MM/yyyy, weeks from Monday, and does not open its calendar on typing. */
    public static DatePicker picker(String label) {
        return uk(new DatePicker(label));
    }

    /** Makes an existing date field UK: see {@link #picker}. */
    public static DatePicker uk(DatePicker picker) {
        picker.setLocale(LOCALE);
        picker.setI18n(i18n());
        // Typing a date and pressing Tab must move on, not open the calendar over the next field.
        picker.setAutoOpen(false);
        return picker;
    }

    public static DateTimePicker uk(DateTimePicker picker) {
        picker.setLocale(LOCALE);
        picker.setDatePickerI18n(i18n());
        picker.setAutoOpen(false);
        return picker;
    }

    static DatePicker.DatePickerI18n i18n() {
        DatePicker.DatePickerI18n i18n = new DatePicker.DatePickerI18n();
        // The first format is how a date is shown; the others are also accepted when typed.
        i18n.setDateFormats("dd/MM/yyyy", "d/M/yyyy", "d.M.yyyy", "d-M-yyyy");
        i18n.setFirstDayOfWeek(1);
        return i18n;
    }
}
