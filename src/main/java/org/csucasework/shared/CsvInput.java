package org.csucasework.shared;

import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads an uploaded CSV file with a header: the columns must be exactly the expected ones (in any order), errors
 * name the file's line (the header is line 1). A spreadsheet's byte order mark is skipped.
 */
public final class CsvInput {

    private CsvInput() {
    }

    public static List<CSVRecord> read(Reader csv, List<String> columns) {
        return read(csv, columns, "rows");
    }

    /** As {@link #read(Reader, List)}; {@code rows} names what a row is in the message for an empty file ("reports"). */
    public static List<CSVRecord> read(Reader csv, List<String> columns, String rows) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(true).get();
        try (CSVParser parser = CSVParser.parse(skipByteOrderMark(csv), format)) {
            List<FieldError> errors = new ArrayList<>();
            List<String> header = parser.getHeaderNames();
            for (String column : columns) {
                if (!header.contains(column)) {
                    errors.add(new FieldError(1, column, "The column " + column + " is missing"));
                }
            }
            for (String column : header) {
                if (!columns.contains(column)) {
                    errors.add(new FieldError(1, column, "Unknown column " + column + "; the columns are "
                            + String.join(",", columns)));
                }
            }
            if (!errors.isEmpty()) {
                throw new ValidationException(errors);
            }
            List<CSVRecord> records = parser.getRecords();
            if (records.isEmpty()) {
                throw new ValidationException(List.of(new FieldError(1, "file", "The file has no " + rows)));
            }
            InputRules.checkCells(records.stream().map(CSVRecord::toMap).toList(), 2, errors);
            if (!errors.isEmpty()) {
                throw new ValidationException(errors);
            }
            return records;
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            throw new ValidationException(List.of(new FieldError(1, "file", "Not a readable CSV file: " + e.getMessage())));
        }
    }

    /** The file's line of a record: the header is line 1. */
    public static int line(CSVRecord record) {
        return (int) record.getRecordNumber() + 1;
    }

    /** The value of a column, trimmed; null when empty. */
    public static String value(CSVRecord record, String column) {
        String value = record.get(column);
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static Reader skipByteOrderMark(Reader reader) throws IOException {
        PushbackReader pushback = new PushbackReader(reader, 1);
        int first = pushback.read();
        if (first != -1 && first != '\uFEFF') {
            pushback.unread(first);
        }
        return pushback;
    }
}
