package org.csucasework.intake;

import java.io.Reader;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVRecord;
import org.csucasework.people.MatchKeys;
import org.csucasework.people.PeopleFieldLimits;
import org.csucasework.people.PeopleService;
import org.csucasework.people.PlaceDraft;
import org.csucasework.reference.ReferenceDataService;
import org.csucasework.reference.ReferenceEntity;
import org.csucasework.reference.ReferenceType;
import org.csucasework.security.CurrentUser;
import org.csucasework.security.UserService;
import org.csucasework.shared.CsvInput;
import org.csucasework.shared.FieldError;
import org.csucasework.shared.InputRules;
import org.csucasework.shared.Role;
import org.csucasework.shared.ValidationException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports historic reports from CSV (header {@link #COLUMNS}), all or nothing: any invalid row rejects the whole
 * file with every row's errors (line, column, message; the header is line 1). A reference already on record, or
 * repeated in the file, is an error. Closed reports (with {@code closed_at}) are stored closed and start no process;
 * open ones are stored awaiting the daily tasking and start their process like a logged report.
 *
 * <p>Rows are written with multi-row inserts in one transaction, and places are matched in bulk, so that 100,000
 * rows import in seconds rather than the hours one report at a time would take.
 */
@Service
public class ReportImportService {

    public static final List<String> COLUMNS = List.of("reference", "received_at", "category_code", "ward_code",
            "location", "source_agency_code", "anonymous", "closed_at", "outcome_code");
    public static final int REFERENCE_LENGTH = 20;
    static final String DESCRIPTION = "Historic report imported from a file";

    private static final Pattern REFERENCE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9/_.-]*");
    /** A reference in the product's own format (CSU-2019-000123), whatever the length of its number. */
    private static final Pattern OWN_REFERENCE = Pattern.compile("CSU-\\d{4}-(\\d+)");
    /**
     * The longest number an imported reference of our own format may carry. The live numbering continues after the
     * highest one imported, and its references must fit the column (CSU-YYYY- and at most 11 digits; the sequence's
     * MAXVALUE, V20): ten digits leave room for 90 billion more reports, so no imported row can stop all logging.
     */
    static final int OWN_NUMBER_DIGITS = 10;
    private static final Duration CLOCK_TOLERANCE = Duration.ofMinutes(10);
    private static final ZoneId DISTRICT_ZONE = ReportService.ZONE;
    private static final int CHUNK = 500;
    private static final int LOOKUP_CHUNK = 1_000;
    // A historic file has no incident date: the behaviour is taken to have happened on the (UK) day received.
    private static final String INSERT_COLUMNS = "insert into report (reference, received_at, incident_date, "
            + "category_code, ward_code, place_id, source_agency_code, owning_agency_code, anonymous, description, status, "
            + "outcome_code, closed_at, closed_by, imported, created_at, created_by) values ";
    private static final String INSERT_VALUES = "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, true, ?, ?)";
    /**
     * The SQL types of one row's parameters. Given explicitly because a null without a type makes Spring ask the
     * driver for the statement's parameter metadata, a round trip per null on PostgreSQL that made imports crawl.
     */
    private static final int[] ROW_TYPES = {Types.VARCHAR, Types.TIMESTAMP, Types.DATE, Types.VARCHAR, Types.VARCHAR, Types.BIGINT,
            Types.VARCHAR, Types.VARCHAR, Types.BOOLEAN, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.TIMESTAMP,
            Types.VARCHAR, Types.TIMESTAMP, Types.VARCHAR};

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;
    private final ReferenceDataService referenceData;
    private final PeopleService people;
    private final UserService users;
    private final ApplicationEventPublisher publisher;
    private final TransactionTemplate transaction;
    private final Clock clock;

    ReportImportService(JdbcTemplate jdbc, NamedParameterJdbcTemplate named, ReferenceDataService referenceData,
                        PeopleService people, UserService users, ApplicationEventPublisher publisher,
                        PlatformTransactionManager transactionManager, Clock clock) {
        this.jdbc = jdbc;
        this.named = named;
        this.referenceData = referenceData;
        this.people = people;
        this.users = users;
        this.publisher = publisher;
        this.transaction = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /** Imports the file, or nothing: a {@link ValidationException} lists every problem with its line and column. */
    @PreAuthorize("hasRole('" + Role.ANALYST_NAME + "')")
    public ImportResult importCsv(Reader csv, ImportProgress progress) {
        CurrentUser user = users.requireCurrentUser();
        List<CSVRecord> records = CsvInput.read(csv, COLUMNS, "reports");
        try {
            return transaction.execute(status -> importRecords(records, user, progress));
        } catch (DuplicateKeyException e) {
            throw ValidationException.of("reference",
                    "Some of these references were stored by someone else meanwhile: import the file again to see which");
        }
    }

    private ImportResult importRecords(List<CSVRecord> records, CurrentUser user, ImportProgress progress) {
        Instant now = clock.instant();
        Codes codes = new Codes();
        List<FieldError> errors = new ArrayList<>();
        List<Row> rows = new ArrayList<>(records.size());
        Map<String, Integer> firstLineOfReference = new HashMap<>();
        int checked = 0;
        for (CSVRecord record : records) {
            int before = errors.size();
            Row row = check(record, codes, now, errors);
            if (row != null && row.reference != null) {
                Integer earlier = firstLineOfReference.putIfAbsent(row.reference, row.line);
                if (earlier != null) {
                    errors.add(new FieldError(row.line, "reference",
                            "The reference " + row.reference + " is also on line " + earlier));
                }
            }
            if (errors.size() == before) {
                rows.add(row);
            }
            if (++checked % 5_000 == 0) {
                progress.update("Checking", checked, records.size());
            }
        }
        for (String existing : existingReferences(firstLineOfReference.keySet())) {
            errors.add(new FieldError(firstLineOfReference.get(existing), "reference",
                    "A report with the reference " + existing + " is already on record"));
        }
        if (!errors.isEmpty()) {
            errors.sort((a, b) -> a.line() - b.line());
            throw new ValidationException(errors);
        }
        progress.update("Checking", records.size(), records.size());

        Map<String, Long> places = people.resolvePlaces(rows.stream().filter(r -> r.location != null)
                .map(r -> new PlaceDraft(r.location, r.wardCode)).toList());
        Timestamp createdAt = utc(now);
        int saved = 0;
        for (int start = 0; start < rows.size(); start += CHUNK) {
            List<Row> chunk = rows.subList(start, Math.min(rows.size(), start + CHUNK));
            insert(chunk, places, user, createdAt);
            saved += chunk.size();
            progress.update("Saving", saved, rows.size());
        }
        List<Row> open = rows.stream().filter(r -> r.closedAt == null).toList();
        startProcesses(open, user);
        advanceReferenceNumbers(rows);
        return new ImportResult(rows.size(), rows.size() - open.size(), open.size());
    }

    private Row check(CSVRecord record, Codes codes, Instant now, List<FieldError> errors) {
        int line = (int) record.getRecordNumber() + 1;
        if (record.size() != COLUMNS.size()) {
            errors.add(new FieldError(line, "row", "Expected " + COLUMNS.size() + " values, found " + record.size()));
            return null;
        }
        Row row = new Row(line);
        row.reference = value(record, "reference");
        if (row.reference == null) {
            errors.add(new FieldError(line, "reference", "Enter the report's reference"));
        } else if (row.reference.length() > REFERENCE_LENGTH) {
            errors.add(new FieldError(line, "reference", "At most " + REFERENCE_LENGTH + " characters"));
        } else if (!REFERENCE.matcher(row.reference).matches()) {
            errors.add(new FieldError(line, "reference", "Use letters, digits and - / _ . only"));
        } else {
            Matcher own = OWN_REFERENCE.matcher(row.reference);
            if (own.matches() && own.group(1).length() > OWN_NUMBER_DIGITS) {
                errors.add(new FieldError(line, "reference", "A reference in the CSU format has at most "
                        + OWN_NUMBER_DIGITS + " digits after the year, e.g. CSU-2019-000123"));
            }
        }
        row.receivedAt = time(record, "received_at", line, now, errors);
        if (row.receivedAt == null && value(record, "received_at") == null) {
            errors.add(new FieldError(line, "received_at", "Enter the date the report was received"));
        }
        row.categoryCode = code(record, "category_code", true, codes.categories, "category", line, errors);
        row.wardCode = code(record, "ward_code", false, codes.wards, "ward", line, errors);
        row.location = value(record, "location");
        if (row.location != null && row.location.length() > PeopleFieldLimits.ADDRESS) {
            errors.add(new FieldError(line, "location", "At most " + PeopleFieldLimits.ADDRESS + " characters"));
        }
        row.sourceAgencyCode = code(record, "source_agency_code", true, codes.agencies, "agency", line, errors);
        String anonymous = value(record, "anonymous");
        if (anonymous != null) {
            switch (anonymous.toLowerCase(Locale.ROOT)) {
                case "true", "yes", "y", "1" -> row.anonymous = true;
                case "false", "no", "n", "0" -> row.anonymous = false;
                default -> errors.add(new FieldError(line, "anonymous", "Use true or false"));
            }
        }
        row.closedAt = time(record, "closed_at", line, now, errors);
        if (row.closedAt != null && row.receivedAt != null && row.closedAt.isBefore(row.receivedAt)) {
            errors.add(new FieldError(line, "closed_at", "The report cannot be closed before it was received"));
        }
        row.outcomeCode = code(record, "outcome_code", false, codes.outcomes, "outcome", line, errors);
        if (row.outcomeCode != null && value(record, "closed_at") == null) {
            errors.add(new FieldError(line, "closed_at", "Enter the date the report was closed with its outcome"));
        }
        return row;
    }

    private static String value(CSVRecord record, String column) {
        String value = record.get(column);
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static String code(CSVRecord record, String column, boolean required, Set<String> known, String what,
                               int line, List<FieldError> errors) {
        String code = value(record, column);
        if (code == null) {
            if (required) {
                errors.add(new FieldError(line, column, "Enter the " + what + " code"));
            }
            return null;
        }
        if (!known.contains(code)) {
            errors.add(new FieldError(line, column, "Unknown " + what + " " + code));
        }
        return code;
    }

    /** ISO-8601: a date and time with or without an offset (without: the district's local time), or a date. */
    private static Instant time(CSVRecord record, String column, int line, Instant now, List<FieldError> errors) {
        String text = value(record, column);
        if (text == null) {
            return null;
        }
        Instant instant = parseTime(text.replace(' ', 'T'));
        if (instant == null) {
            errors.add(new FieldError(line, column, "Use an ISO-8601 date or date and time, e.g. 2019-10-31T14:05:00"));
        } else if (!InputRules.yearInRange(instant.atZone(DISTRICT_ZONE))) {
            errors.add(new FieldError(line, column, "Use a date from the year " + InputRules.EARLIEST_YEAR + " to "
                    + InputRules.LATEST_YEAR));
            return null;
        } else if (instant.isAfter(now.plus(CLOCK_TOLERANCE))) {
            errors.add(new FieldError(line, column, "The date cannot be in the future"));
            return null;
        }
        return instant;
    }

    private static Instant parseTime(String text) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException notOffset) {
            try {
                return LocalDateTime.parse(text).atZone(DISTRICT_ZONE).toInstant();
            } catch (DateTimeParseException notLocal) {
                try {
                    return LocalDate.parse(text).atStartOfDay(DISTRICT_ZONE).toInstant();
                } catch (DateTimeParseException notDate) {
                    return null;
                }
            }
        }
    }

    private Set<String> existingReferences(Set<String> references) {
        Set<String> existing = new HashSet<>();
        List<String> all = new ArrayList<>(references);
        for (int start = 0; start < all.size(); start += LOOKUP_CHUNK) {
            existing.addAll(named.queryForList("select reference from report where reference in (:references)",
                    new MapSqlParameterSource("references", all.subList(start, Math.min(all.size(), start + LOOKUP_CHUNK))),
                    String.class));
        }
        return existing;
    }

    private void insert(List<Row> chunk, Map<String, Long> places, CurrentUser user, Timestamp createdAt) {
        StringBuilder sql = new StringBuilder(INSERT_COLUMNS);
        List<Object> args = new ArrayList<>(chunk.size() * ROW_TYPES.length);
        for (int i = 0; i < chunk.size(); i++) {
            Row row = chunk.get(i);
            sql.append(i == 0 ? "" : ",").append(INSERT_VALUES);
            args.add(row.reference);
            args.add(utc(row.receivedAt));
            args.add(java.sql.Date.valueOf(row.receivedAt.atZone(DISTRICT_ZONE).toLocalDate()));
            args.add(row.categoryCode);
            args.add(row.wardCode);
            args.add(row.location == null ? null : places.get(MatchKeys.of(row.location)));
            args.add(row.sourceAgencyCode);
            args.add(user.agencyCode());
            args.add(row.anonymous);
            args.add(DESCRIPTION);
            args.add(row.closedAt == null ? ReportStatus.NEW.name() : ReportStatus.CLOSED.name());
            args.add(row.outcomeCode);
            args.add(row.closedAt == null ? null : utc(row.closedAt));
            args.add(row.closedAt == null ? null : user.username());
            args.add(createdAt);
            args.add(user.username());
        }
        int[] types = new int[args.size()];
        for (int i = 0; i < types.length; i++) {
            types[i] = ROW_TYPES[i % ROW_TYPES.length];
        }
        jdbc.update(sql.toString(), args.toArray(), types);
        named.update("insert into case_history_entry (case_kind, case_id, entry_kind, occurred_at, recorded_at, actor, "
                        + "code, detail) select 'REPORT', id, 'EVENT', :at, :at, :actor, 'IMPORTED', :detail "
                        + "from report where reference in (:references)",
                new MapSqlParameterSource("at", createdAt).addValue("actor", user.username())
                        .addValue("detail", "Imported from a historic file")
                        .addValue("references", chunk.stream().map(r -> r.reference).toList()));
    }

    /** Open reports go to the daily tasking like logged ones: through {@link ReportLogged}, in this transaction. */
    private void startProcesses(List<Row> open, CurrentUser user) {
        for (int start = 0; start < open.size(); start += LOOKUP_CHUNK) {
            List<Row> chunk = open.subList(start, Math.min(open.size(), start + LOOKUP_CHUNK));
            Map<String, Row> byReference = chunk.stream().collect(Collectors.toMap(r -> r.reference, Function.identity()));
            Map<String, Long[]> stored = new LinkedHashMap<>();
            named.query("select id, reference, place_id from report where reference in (:references) order by id",
                    new MapSqlParameterSource("references", byReference.keySet()),
                    rs -> {
                        long placeId = rs.getLong("place_id");
                        stored.put(rs.getString("reference"),
                                new Long[] {rs.getLong("id"), rs.wasNull() ? null : placeId});
                    });
            stored.forEach((reference, ids) -> publisher.publishEvent(new ReportLogged(ids[0], reference,
                    user.agencyCode(), byReference.get(reference).anonymous, false, false, ids[1], List.of())));
        }
    }

    /**
     * References in the product's own format (CSU-2019-000123) take their number from {@code report_number_seq}:
     * the sequence moves past the highest imported number, so that a report logged later never collides. Only
     * forwards, and only within the format: every row was checked against {@link #OWN_NUMBER_DIGITS}.
     */
    private void advanceReferenceNumbers(List<Row> rows) {
        long highest = 0;
        for (Row row : rows) {
            Matcher matcher = OWN_REFERENCE.matcher(row.reference);
            if (matcher.matches() && matcher.group(1).length() <= OWN_NUMBER_DIGITS) {
                highest = Math.max(highest, Long.parseLong(matcher.group(1)));
            }
        }
        if (highest == 0) {
            return;
        }
        Long next = jdbc.queryForObject("select nextval('report_number_seq')", Long.class);
        if (next != null && next <= highest) {
            // setval needs only UPDATE on the sequence (the application's role owns nothing, so it may not ALTER
            // it); H2, the single-user development database, has no setval.
            boolean postgres = Boolean.TRUE.equals(jdbc.execute((ConnectionCallback<Boolean>) connection ->
                    connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres")));
            if (postgres) {
                jdbc.queryForObject("select setval('report_number_seq', ?)", Long.class, highest);
            } else {
                jdbc.execute("alter sequence report_number_seq restart with " + (highest + 1));
            }
        }
    }

    private static Timestamp utc(Instant instant) {
        return Timestamp.valueOf(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
    }

    /** The codes a row may use: retired ones included, since historic reports were recorded under them. */
    private final class Codes {
        final Set<String> categories = codesOf(ReferenceType.CATEGORIES);
        final Set<String> wards = codesOf(ReferenceType.WARDS);
        final Set<String> agencies = codesOf(ReferenceType.AGENCIES);
        final Set<String> outcomes = codesOf(ReferenceType.OUTCOMES);

        private <T extends ReferenceEntity> Set<String> codesOf(ReferenceType<T> type) {
            return referenceData.list(type).stream().map(ReferenceEntity::getCode).collect(Collectors.toSet());
        }
    }

    private static final class Row {
        final int line;
        String reference;
        Instant receivedAt;
        String categoryCode;
        String wardCode;
        String location;
        String sourceAgencyCode;
        boolean anonymous;
        Instant closedAt;
        String outcomeCode;

        Row(int line) {
            this.line = line;
        }
    }
}
