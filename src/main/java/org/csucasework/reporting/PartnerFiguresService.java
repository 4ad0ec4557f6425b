package org.csucasework.reporting;

import java.io.Reader;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.apache.commons.csv.CSVRecord;
import org.csucasework.reference.Category;
import org.csucasework.reference.PoliceCrimeCategory;
import org.csucasework.reference.ReferenceDataService;
import org.csucasework.reference.ReferenceEntity;
import org.csucasework.reference.ReferenceType;
import org.csucasework.reporting.internal.PartnerFigure;
import org.csucasework.reporting.internal.PartnerFigureRepository;
import org.csucasework.security.CurrentUser;
import org.csucasework.security.UserService;
import org.csucasework.shared.CsvInput;
import org.csucasework.shared.FieldError;
import org.csucasework.shared.InputRules;
import org.csucasework.shared.Role;
import org.csucasework.shared.ValidationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts partners send (police recorded crime by category, for two periods, ...): imported from CSV by analysts,
 * all or nothing, and shown in the shape of the seed's Table 3 with rates per 1,000 of the district's population.
 * A category is a police crime category or a report category of the reference data.
 */
@Service
@RequiredArgsConstructor
public class PartnerFiguresService {

    public static final List<String> COLUMNS = List.of("source", "category_code", "period_start", "period_end", "count");
    public static final int SOURCE_LENGTH = 60;

    private final PartnerFigureRepository figures;
    private final ReferenceDataService referenceData;
    private final UserService users;
    private final Clock clock;

    /**
     * Imports a file with the header {@code source,category_code,period_start,period_end,count}. A count for a
     * source, category and period already on record is replaced (a partner's correction).
     */
    @PreAuthorize("hasRole('" + Role.ANALYST_NAME + "')")
    @Transactional
    public PartnerImportResult importCsv(Reader csv) {
        CurrentUser user = users.requireCurrentUser();
        List<CSVRecord> records = CsvInput.read(csv, COLUMNS);
        Map<String, String> names = categoryNames();
        List<FieldError> errors = new ArrayList<>();
        List<PartnerFigure> rows = new ArrayList<>();
        Map<String, Integer> lineOfKey = new HashMap<>();
        Instant now = clock.instant();
        for (CSVRecord record : records) {
            int line = CsvInput.line(record);
            if (record.size() != COLUMNS.size()) {
                errors.add(new FieldError(line, "row", "Expected " + COLUMNS.size() + " values, found " + record.size()));
                continue;
            }
            int before = errors.size();
            String source = CsvInput.value(record, "source");
            if (source == null) {
                errors.add(new FieldError(line, "source", "Enter the source of the figure, e.g. Kent Police"));
            } else if (source.length() > SOURCE_LENGTH) {
                errors.add(new FieldError(line, "source", "At most " + SOURCE_LENGTH + " characters"));
            }
            String code = CsvInput.value(record, "category_code");
            if (code == null) {
                errors.add(new FieldError(line, "category_code", "Enter the category code"));
            } else if (!names.containsKey(code)) {
                errors.add(new FieldError(line, "category_code", "Unknown category " + code
                        + ": use a police crime category or a report category of the reference data"));
            }
            LocalDate start = date(record, "period_start", line, errors);
            LocalDate end = date(record, "period_end", line, errors);
            if (start != null && end != null && end.isBefore(start)) {
                errors.add(new FieldError(line, "period_end", "The period cannot end before it starts"));
            }
            Long count = null;
            String countText = CsvInput.value(record, "count");
            if (countText == null) {
                errors.add(new FieldError(line, "count", "Enter the count"));
            } else {
                try {
                    count = Long.parseLong(countText.replace(",", ""));
                    if (count < 0) {
                        errors.add(new FieldError(line, "count", "A count cannot be negative"));
                    }
                } catch (NumberFormatException e) {
                    errors.add(new FieldError(line, "count", "Enter a whole number"));
                }
            }
            if (errors.size() == before) {
                String key = source + "|" + code + "|" + start + "|" + end;
                Integer earlier = lineOfKey.putIfAbsent(key, line);
                if (earlier != null) {
                    errors.add(new FieldError(line, "category_code", "The same source, category and period are on line "
                            + earlier));
                } else {
                    rows.add(new PartnerFigure(source, code, start, end, count, now, user.username()));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        int replaced = 0;
        for (PartnerFigure row : rows) {
            Optional<PartnerFigure> existing = figures.findBySourceAndCategoryCodeAndPeriodStartAndPeriodEnd(
                    row.getSource(), row.getCategoryCode(), row.getPeriodStart(), row.getPeriodEnd());
            if (existing.isPresent()) {
                existing.get().replaceCount(row.getCount(), now, user.username());
                replaced++;
            } else {
                figures.save(row);
            }
        }
        figures.flush();
        return new PartnerImportResult(rows.size(), rows.size() - replaced, replaced);
    }

    private static LocalDate date(CSVRecord record, String column, int line, List<FieldError> errors) {
        String text = CsvInput.value(record, column);
        if (text == null) {
            errors.add(new FieldError(line, column, "Enter the date, e.g. 2019-10-01"));
            return null;
        }
        try {
            return InputRules.parseDate(column, text);
        } catch (ValidationException e) {
            errors.add(new FieldError(line, column, e.errors().get(0).message().replace("2026-11-28", "2019-10-01")));
            return null;
        }
    }

    /** The sources figures were imported from. */
    @PreAuthorize(FiguresService.READERS)
    @Transactional(readOnly = true)
    public List<String> sources() {
        return figures.sources();
    }

    /** The first days of the periods imported for a source (all sources: null), latest first. */
    @PreAuthorize(FiguresService.READERS)
    @Transactional(readOnly = true)
    public List<LocalDate> periodStarts(String source) {
        return figures.periodStarts(blankToNull(source));
    }

    /**
     * The Table 3 shape for the periods starting on {@code periodStart} (the latest imported when null), of one
     * source or (null) all of them, each beside the same source's figure for the period ending the day before.
     */
    @PreAuthorize(FiguresService.READERS)
    @Transactional(readOnly = true)
    public PartnerTable table(String source, LocalDate periodStart) {
        String from = blankToNull(source);
        long population = referenceData.district().getPopulation();
        LocalDate start = periodStart != null ? periodStart : figures.periodStarts(from).stream().findFirst().orElse(null);
        if (start == null) {
            return new PartnerTable(from, null, population, List.of());
        }
        List<PartnerFigure> current = from == null ? figures.findByPeriodStart(start)
                : figures.findBySourceAndPeriodStart(from, start);
        LocalDate previousEnd = start.minusDays(1);
        List<PartnerFigure> previous = from == null ? figures.findByPeriodEnd(previousEnd)
                : figures.findBySourceAndPeriodEnd(from, previousEnd);

        Map<String, PartnerFigure[]> pairs = new LinkedHashMap<>();
        for (PartnerFigure figure : current) {
            pairs.computeIfAbsent(figure.getSource() + "|" + figure.getCategoryCode(), k -> new PartnerFigure[2])[0] = figure;
        }
        for (PartnerFigure figure : previous) {
            pairs.computeIfAbsent(figure.getSource() + "|" + figure.getCategoryCode(), k -> new PartnerFigure[2])[1] = figure;
        }
        Map<String, String> names = categoryNames();
        Map<String, Integer> order = new HashMap<>();
        names.keySet().forEach(code -> order.put(code, order.size()));
        List<PartnerTable.Row> rows = new ArrayList<>();
        for (PartnerFigure[] pair : pairs.values()) {
            PartnerFigure now = pair[0];
            PartnerFigure then = pair[1];
            PartnerFigure any = now != null ? now : then;
            Long count = now == null ? null : now.getCount();
            Long earlier = then == null ? null : then.getCount();
            rows.add(new PartnerTable.Row(any.getSource(), any.getCategoryCode(),
                    names.getOrDefault(any.getCategoryCode(), any.getCategoryCode()),
                    now == null ? start : now.getPeriodStart(), now == null ? null : now.getPeriodEnd(), count,
                    then == null ? null : then.getPeriodStart(), then == null ? null : then.getPeriodEnd(), earlier,
                    Change.difference(count, earlier), Change.percentage(count, earlier),
                    Change.ratePerThousand(count, population)));
        }
        rows.sort(Comparator.comparing(PartnerTable.Row::source)
                .thenComparing(row -> order.getOrDefault(row.code(), Integer.MAX_VALUE))
                .thenComparing(PartnerTable.Row::code));
        return new PartnerTable(from, start, population, rows);
    }

    /** Police crime categories first (in the reference data's order), then report categories. */
    private Map<String, String> categoryNames() {
        Map<String, String> names = new LinkedHashMap<>();
        referenceData.list(ReferenceType.POLICE_CRIME_CATEGORIES).stream()
                .sorted(Comparator.comparing(ReferenceEntity::getId))
                .forEach(c -> names.put(c.getCode(), ((PoliceCrimeCategory) c).getName()));
        referenceData.list(ReferenceType.CATEGORIES).stream()
                .sorted(Comparator.comparing(ReferenceEntity::getId))
                .forEach(c -> names.putIfAbsent(c.getCode(), ((Category) c).getName()));
        return names;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
