package org.csucasework.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.Locale;

/**
 * The rules every text and date that enters the system obeys, whatever door it comes through (JSON, query
 * parameters, CSV files, forms): no NUL characters (PostgreSQL cannot store them, and no person types one), and
 * years from 1 to 9999 (ISO-8601 without an extended year; PostgreSQL and the UK date formats agree on them). Domain
 * rules (a report received before 1990, a birth before 1900) are the services'; {@link #checkWithin} words them
 * alike everywhere.
 */
public final class InputRules {

    public static final int EARLIEST_YEAR = 1;
    public static final int LATEST_YEAR = 9999;

    public static final String NUL_MESSAGE = "Remove the control character (NUL) from the text";

    private static final DateTimeFormatter UK_DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    private InputRules() {
    }

    public static boolean hasNul(String text) {
        return text != null && text.indexOf('\0') >= 0;
    }

    /** Adds an error naming {@code field} when the text holds a NUL character; true when it was fine. */
    public static boolean checkText(String field, String text, List<FieldError> errors) {
        if (hasNul(text)) {
            errors.add(new FieldError(field, NUL_MESSAGE));
            return false;
        }
        return true;
    }

    /**
     * The cells of a CSV file: an error naming the line and the column of each cell with a NUL character.
     *
     * @param rows each row's cells by column, in the file's order
     * @param firstLine the line of the first row (the header is line 1)
     */
    public static void checkCells(List<java.util.Map<String, String>> rows, int firstLine, List<FieldError> errors) {
        for (int i = 0; i < rows.size(); i++) {
            int line = firstLine + i;
            rows.get(i).forEach((column, cell) -> {
                if (hasNul(cell)) {
                    errors.add(new FieldError(line, column, NUL_MESSAGE));
                }
            });
        }
    }

    /** The text, refused with an error naming {@code field} when it holds a NUL character. */
    public static String requireText(String field, String text) {
        if (hasNul(text)) {
            throw ValidationException.of(field, NUL_MESSAGE);
        }
        return text;
    }

    /** Whether the date's (or instant's, in UTC) year lies from 1 to 9999. */
    public static boolean yearInRange(TemporalAccessor value) {
        if (value == null) {
            return true;
        }
        long year = value instanceof Instant instant ? instant.atOffset(ZoneOffset.UTC).getYear()
                : value.getLong(ChronoField.YEAR);
        return year >= EARLIEST_YEAR && year <= LATEST_YEAR;
    }

    static String yearRangeMessage() {
        return "Use a date from the year " + EARLIEST_YEAR + " to " + LATEST_YEAR;
    }

    /** Adds an error naming {@code field} when the year is outside 1 to 9999; true when it was fine. */
    public static boolean checkYear(String field, TemporalAccessor value, List<FieldError> errors) {
        if (!yearInRange(value)) {
            errors.add(new FieldError(field, yearRangeMessage()));
            return false;
        }
        return true;
    }

    /**
     * An ISO-8601 date ({@code 2026-11-28}) with a year from 1 to 9999; null for null or blank.
     *
     * @throws ValidationException naming {@code field} otherwise
     */
    public static LocalDate parseDate(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        requireText(field, text);
        LocalDate date;
        try {
            date = LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw ValidationException.of(field, "Use an ISO-8601 date, e.g. 2026-11-28");
        }
        if (!yearInRange(date)) {
            throw ValidationException.of(field, yearRangeMessage());
        }
        return date;
    }

    /**
     * An ISO-8601 date and time, with an offset ({@code 2026-11-28T09:30:00Z}) or local to {@code zone}, with a year
     * from 1 to 9999; null for null or blank.
     *
     * @throws ValidationException naming {@code field} otherwise
     */
    public static Instant parseDateTime(String field, String text, ZoneId zone) {
        if (text == null || text.isBlank()) {
            return null;
        }
        requireText(field, text);
        Instant instant;
        try {
            instant = OffsetDateTime.parse(text.trim()).toInstant();
        } catch (DateTimeParseException notOffset) {
            try {
                instant = LocalDateTime.parse(text.trim()).atZone(zone).toInstant();
            } catch (java.time.DateTimeException e) {
                throw ValidationException.of(field, "Use an ISO-8601 date and time, e.g. 2026-11-28T09:30:00Z");
            }
        }
        if (!yearInRange(instant.atZone(zone))) {
            throw ValidationException.of(field, yearRangeMessage());
        }
        return instant;
    }

    /**
     * A plausibility rule: adds an error naming {@code field} and the allowed range (in UK dates) when the date is
     * before {@code earliest} or after {@code latest} (either may be null: open). True when it was fine.
     */
    public static boolean checkWithin(String field, LocalDate date, LocalDate earliest, LocalDate latest,
                                      String what, List<FieldError> errors) {
        if (date == null || ((earliest == null || !date.isBefore(earliest)) && (latest == null || !date.isAfter(latest)))) {
            return true;
        }
        String range = earliest != null && latest != null
                ? "between " + uk(earliest) + " and " + uk(latest)
                : earliest != null ? "on or after " + uk(earliest) : "on or before " + uk(latest);
        errors.add(new FieldError(field, what + " must be " + range));
        return false;
    }

    /** A date as users read it: "6 Dec 2026". */
    public static String uk(LocalDate date) {
        return UK_DATE.format(date);
    }
}
