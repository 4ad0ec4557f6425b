package org.csucasework.audit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.csucasework.shared.CsvCell;
import org.csucasework.shared.FieldError;
import org.csucasework.shared.ValidationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Searching and exporting the audit trail: for supervisors and administrators only. Every export is itself recorded
 * (who exported which range), since an export takes the trail out of the system.
 */
@Service
@RequiredArgsConstructor
public class AuditSearch {

    /** Rows the screen shows at most; the export has its own, larger limit. */
    public static final int SCREEN_LIMIT = 500;
    public static final int EXPORT_LIMIT = 100_000;
    static final Duration LONGEST_RANGE = Duration.ofDays(366);

    private final JdbcTemplate jdbc;
    private final AuditTrail trail;

    /** The matching events, newest first, at most {@link #SCREEN_LIMIT}. */
    @PreAuthorize("hasAnyRole('SUPERVISOR', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<AuditEntry> search(AuditQuery query) {
        return find(query, SCREEN_LIMIT);
    }

    /** The matching events as CSV (UTF-8, a header line, oldest first), at most {@link #EXPORT_LIMIT} rows. */
    @PreAuthorize("hasAnyRole('SUPERVISOR', 'ADMIN')")
    @Transactional(readOnly = true)
    public byte[] exportCsv(AuditQuery query) {
        List<AuditEntry> entries = new ArrayList<>(find(query, EXPORT_LIMIT));
        java.util.Collections.reverse(entries);
        trail.record(AuditAction.EXPORT, AuditRecordType.AUDIT_TRAIL, null, describe(query) + "; " + entries.size()
                + " rows");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CSVPrinter csv = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8),
                CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get())) {
            csv.printRecord("id", "occurred_at", "username", "action", "record_type", "record", "reason");
            for (AuditEntry entry : entries) {
                csv.printRecord(entry.id(), entry.occurredAt(), CsvCell.defuse(entry.username()), entry.action(),
                        entry.recordType(), CsvCell.defuse(entry.recordRef()), CsvCell.defuse(entry.reason()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private List<AuditEntry> find(AuditQuery query, int limit) {
        check(query);
        StringBuilder sql = new StringBuilder("select id, occurred_at, username, action, record_type, record_ref, "
                + "reason from audit_event where occurred_at >= ? and occurred_at < ?");
        List<Object> args = new ArrayList<>(List.of(Timestamp.from(query.from()), Timestamp.from(query.to())));
        if (query.username() != null && !query.username().isBlank()) {
            sql.append(" and username = ?");
            args.add(query.username().strip().toLowerCase());
        }
        if (query.action() != null) {
            sql.append(" and action = ?");
            args.add(query.action().name());
        }
        if (query.recordType() != null) {
            sql.append(" and record_type = ?");
            args.add(query.recordType().name());
        }
        if (query.recordRef() != null && !query.recordRef().isBlank()) {
            sql.append(" and record_ref = ?");
            args.add(query.recordRef().strip());
        }
        sql.append(" order by occurred_at desc, id desc limit ").append(limit);
        return jdbc.query(sql.toString(), AuditSearch::entry, args.toArray());
    }

    private static void check(AuditQuery query) {
        List<FieldError> errors = new ArrayList<>();
        if (query.from() == null) {
            errors.add(new FieldError("from", "Choose the first day to search"));
        }
        if (query.to() == null) {
            errors.add(new FieldError("to", "Choose the last day to search"));
        }
        if (query.from() != null && query.to() != null) {
            if (!query.from().isBefore(query.to())) {
                errors.add(new FieldError("to", "The last day must not be before the first day"));
            } else if (Duration.between(query.from(), query.to()).compareTo(LONGEST_RANGE) > 0) {
                errors.add(new FieldError("to", "Search at most a year at a time"));
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    private static AuditEntry entry(ResultSet row, int index) throws SQLException {
        return new AuditEntry(row.getLong("id"), row.getTimestamp("occurred_at").toInstant(), row.getString("username"),
                AuditAction.valueOf(row.getString("action")), AuditRecordType.valueOf(row.getString("record_type")),
                row.getString("record_ref"), row.getString("reason"));
    }

    private static String describe(AuditQuery query) {
        return "from " + query.from() + " to " + query.to()
                + (query.username() == null || query.username().isBlank() ? "" : ", user " + query.username())
                + (query.action() == null ? "" : ", action " + query.action())
                + (query.recordType() == null ? "" : ", type " + query.recordType())
                + (query.recordRef() == null || query.recordRef().isBlank() ? "" : ", record " + query.recordRef());
    }
}
