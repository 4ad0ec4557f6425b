package org.csucasework.reporting;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.csucasework.intake.CodeFilter;
import org.csucasework.intake.IntervalCounts;
import org.csucasework.intake.ReportDimension;
import org.csucasework.intake.ReportFigures;
import org.csucasework.intake.ReportList;
import org.csucasework.reference.Agency;
import org.csucasework.reference.Category;
import org.csucasework.reference.Outcome;
import org.csucasework.reference.ReferenceDataService;
import org.csucasework.reference.ReferenceEntity;
import org.csucasework.reference.ReferenceType;
import org.csucasework.reference.Ward;
import org.csucasework.shared.Role;
import org.csucasework.shared.ValidationException;
import org.csucasework.tasking.TaskingFigures;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The annual figures (DESIGN.md section 5) for any period beside the previous period of equal length: the CSU
 * headline figures and the month tables by category (per group), ward, source agency and outcome, each computed by
 * one aggregate query, and the reports behind any count. Analysts, supervisors and administrators read them.
 *
 * <p>Months and periods are the district's calendar days (Europe/London), so a report received at 00:30 on
 * 1 October (BST) belongs to October although it is still 30 September in UTC.
 */
@Service
@RequiredArgsConstructor
public class FiguresService {

    public static final ZoneId DISTRICT_ZONE = ZoneId.of("Europe/London");
    static final String READERS = "hasAnyRole('" + Role.ANALYST_NAME + "', '" + Role.SUPERVISOR_NAME + "', '"
            + Role.ADMIN_NAME + "')";

    private final ReportFigures reportFigures;
    private final TaskingFigures taskingFigures;
    private final ReferenceDataService referenceData;
    private final ObjectProvider<HeadlineFigureSource> sources;
    private final Clock clock;

    /** The Strategic Assessment year in progress (1 October – 30 September, the month from the district's data). */
    public Period currentStrategicYear() {
        return Period.strategicYearContaining(LocalDate.now(clock.withZone(DISTRICT_ZONE)), startMonth());
    }

    /** The Strategic Assessment year starting in {@code year}. */
    public Period strategicYear(int year) {
        return Period.strategicYear(year, startMonth());
    }

    /** The year-long period starting on a day: the district's Strategic Assessment year when none is given. */
    public Period yearFrom(LocalDate periodStart) {
        return periodStart == null ? currentStrategicYear() : new Period(periodStart, periodStart.plusYears(1).minusDays(1));
    }

    public int startMonth() {
        Integer month = referenceData.district().getStrategicPeriodStartMonth();
        return month == null ? 10 : month;
    }

    /** The category groups, in the order of the reference data (ASB, NOISE, ...), retired categories' included. */
    @Transactional(readOnly = true)
    public List<String> categoryGroups() {
        return categoriesInOrder().stream().map(Category::getGroup).distinct().toList();
    }

    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public HeadlineFigures headline(Period period) {
        Period previous = period.previous();
        Map<HeadlineFigure, Long> current = new EnumMap<>(HeadlineFigure.class);
        Map<HeadlineFigure, Long> before = new EnumMap<>(HeadlineFigure.class);
        Map<HeadlineFigure, List<String>> details = new EnumMap<>(HeadlineFigure.class);
        current.put(HeadlineFigure.REPORTS_RECEIVED, reportFigures.countReceived(start(period.from()), end(period.to())));
        before.put(HeadlineFigure.REPORTS_RECEIVED, reportFigures.countReceived(start(previous.from()), end(previous.to())));
        current.put(HeadlineFigure.CALLS_DEALT_WITH_AT_TASKING, taskingFigures.callsDealtWith(period.from(), period.to()));
        before.put(HeadlineFigure.CALLS_DEALT_WITH_AT_TASKING, taskingFigures.callsDealtWith(previous.from(), previous.to()));
        // Other capabilities count their own figures; two sources counting the same figure add up.
        for (HeadlineFigureSource source : sources.orderedStream().toList()) {
            Map<HeadlineFigure, Long> now = source.count(period.from(), period.to());
            Map<HeadlineFigure, Long> then = source.count(previous.from(), previous.to());
            for (Map.Entry<HeadlineFigure, Long> counted : now.entrySet()) {
                HeadlineFigure figure = counted.getKey();
                if (counted.getValue() == null || figure == HeadlineFigure.REPORTS_RECEIVED
                        || figure == HeadlineFigure.CALLS_DEALT_WITH_AT_TASKING) {
                    continue;
                }
                Long earlier = then.get(figure);
                current.merge(figure, counted.getValue(), Long::sum);
                before.merge(figure, earlier == null ? 0L : earlier, Long::sum);
                List<String> more = source.details(figure, period.from(), period.to());
                if (more != null && !more.isEmpty()) {
                    details.computeIfAbsent(figure, f -> new ArrayList<>()).addAll(more);
                }
            }
        }
        List<HeadlineFigures.Row> rows = new ArrayList<>();
        for (HeadlineFigure figure : HeadlineFigure.values()) {
            boolean drillDown = countsReports(figure)
                    || sources.orderedStream().anyMatch(source -> source.listed().contains(figure));
            rows.add(current.containsKey(figure)
                    ? HeadlineFigures.Row.of(figure, current.get(figure), before.getOrDefault(figure, 0L),
                    details.getOrDefault(figure, List.of()), drillDown)
                    : HeadlineFigures.Row.notAvailable(figure));
        }
        return new HeadlineFigures(period, previous, rows, new HeadlineFigures.Average(
                average(current.get(HeadlineFigure.MARAC_CASES_DISCUSSED), current.get(HeadlineFigure.MARAC_MEETINGS)),
                average(before.get(HeadlineFigure.MARAC_CASES_DISCUSSED), before.get(HeadlineFigure.MARAC_MEETINGS))));
    }

    private static java.math.BigDecimal average(Long cases, Long meetings) {
        if (cases == null || meetings == null || meetings == 0) {
            return null;
        }
        return java.math.BigDecimal.valueOf(cases).divide(java.math.BigDecimal.valueOf(meetings), 1,
                java.math.RoundingMode.HALF_UP);
    }

    /**
     * The month table of a dimension for a period; {@code group} limits a category table to one category group
     * (null: all categories) and must be null for the other dimensions.
     */
    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public MonthlyTable monthly(ReportDimension dimension, Period period, String group) {
        Layout layout = layout(dimension, group);
        Period previous = period.previous();
        List<YearMonth> months = period.months();
        List<Instant> boundaries = new ArrayList<>();
        boundaries.add(start(previous.from()));
        for (YearMonth month : months) {
            boundaries.add(start(period.within(month).from()));
        }
        boundaries.add(end(period.to()));

        Map<String, long[]> counts = new LinkedHashMap<>();
        layout.rows.forEach(row -> counts.put(row.code, new long[months.size() + 1]));
        for (IntervalCounts found : reportFigures.countByInterval(dimension, boundaries)) {
            String rowCode = layout.rowOf.apply(found.code());
            if (rowCode != null) {
                long[] sums = counts.get(rowCode);
                for (int i = 0; i < sums.length; i++) {
                    sums[i] += found.counts()[i];
                }
            }
        }

        List<MonthlyTable.Row> rows = new ArrayList<>();
        long[] totals = new long[months.size() + 1];
        for (RowDefinition definition : layout.rows) {
            long[] sums = counts.get(definition.code);
            boolean empty = java.util.Arrays.stream(sums).allMatch(n -> n == 0);
            if (definition.always || !empty) {
                rows.add(row(definition.code, definition.name, sums));
                for (int i = 0; i < sums.length; i++) {
                    totals[i] += sums[i];
                }
            }
        }
        return new MonthlyTable(dimension, group, period, previous, months, rows,
                row(MonthlyTable.TOTAL, "Total", totals));
    }

    /** Every month table of the pack: all categories, each category group, then ward, source agency and outcome. */
    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public List<MonthlyTable> allTables(Period period) {
        List<MonthlyTable> tables = new ArrayList<>();
        tables.add(monthly(ReportDimension.CATEGORY, period, null));
        for (String group : categoryGroups()) {
            tables.add(monthly(ReportDimension.CATEGORY, period, group));
        }
        tables.add(monthly(ReportDimension.WARD, period, null));
        tables.add(monthly(ReportDimension.SOURCE_AGENCY, period, null));
        tables.add(monthly(ReportDimension.OUTCOME, period, null));
        return tables;
    }

    /** The reports behind one count of a month table, as far as the signed-in user may see them. */
    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public ReportList drillDown(DrillDown drillDown) {
        Layout layout = layout(drillDown.dimension(), drillDown.group());
        CodeFilter filter = drillDown.rowCode() == null ? layout.totals : layout.rows.stream()
                .filter(row -> row.code.equals(drillDown.rowCode())).findFirst()
                .orElseThrow(() -> ValidationException.of("row", "No row " + drillDown.rowCode() + " in this table"))
                .filter;
        Period days = drillDown.days();
        return reportFigures.reportsBehind(drillDown.dimension(), filter, start(days.from()), end(days.to()));
    }

    /** Whether a headline figure counts reports, so that its drill-down lists reports ({@link #drillDown}). */
    public static boolean countsReports(HeadlineFigure figure) {
        return figure == HeadlineFigure.REPORTS_RECEIVED || figure == HeadlineFigure.CALLS_DEALT_WITH_AT_TASKING;
    }

    /**
     * The records behind a headline figure that another capability counts (groups, site visits, letters), oldest
     * first, from the sources that count it.
     */
    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public List<FigureRecord> records(HeadlineFigure figure, Period period) {
        return sources.orderedStream().filter(source -> source.listed().contains(figure))
                .flatMap(source -> source.records(figure, period.from(), period.to()).stream())
                .sorted(java.util.Comparator.comparing(FigureRecord::date).thenComparing(FigureRecord::reference))
                .toList();
    }

    /** The reports behind a headline figure that the product counts from reports (received; dealt with at tasking). */
    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public ReportList drillDown(HeadlineFigure figure, Period period) {
        return switch (figure) {
            case REPORTS_RECEIVED -> reportFigures.reportsBehind(ReportDimension.CATEGORY, CodeFilter.all(),
                    start(period.from()), end(period.to()));
            case CALLS_DEALT_WITH_AT_TASKING -> new ReportList(taskingFigures.callsDealtWith(period.from(), period.to()),
                    reportFigures.summariesInOrder(taskingFigures.reportsDealtWith(period.from(), period.to(),
                            ReportFigures.DRILL_DOWN_LIMIT)));
            default -> throw ValidationException.of("figure", "The records behind " + figure.label()
                    + " are listed where they are recorded");
        };
    }

    private static MonthlyTable.Row row(String code, String name, long[] sums) {
        List<Long> months = new ArrayList<>();
        long total = 0;
        for (int i = 1; i < sums.length; i++) {
            months.add(sums[i]);
            total += sums[i];
        }
        long previous = sums[0];
        return new MonthlyTable.Row(code, name, months, total, previous, total - previous,
                Change.percentage(total, previous));
    }

    static Instant start(LocalDate day) {
        return day.atStartOfDay(DISTRICT_ZONE).toInstant();
    }

    static Instant end(LocalDate lastDay) {
        return lastDay.plusDays(1).atStartOfDay(DISTRICT_ZONE).toInstant();
    }

    // Which rows a table has, which row each stored code is counted in, and which codes each row covers.

    private record RowDefinition(String code, String name, CodeFilter filter, boolean always) {
    }

    private record Layout(List<RowDefinition> rows, Function<String, String> rowOf, CodeFilter totals) {
    }

    private Layout layout(ReportDimension dimension, String group) {
        if (group != null && dimension != ReportDimension.CATEGORY) {
            throw ValidationException.of("group", "Only category tables are split by group");
        }
        return switch (dimension) {
            case CATEGORY -> group == null ? allCategories() : categoryGroup(group);
            case WARD -> activeAndUnknown(referenceData.list(ReferenceType.WARDS).stream().filter(Ward::isActive)
                    .collect(names(Ward::getName)), "Unknown or retired ward");
            case SOURCE_AGENCY -> activeAndUnknown(inIdOrder(referenceData.list(ReferenceType.AGENCIES)).stream()
                    .filter(Agency::isActive).collect(names(Agency::getName)), "Unknown or retired agency");
            case OUTCOME -> outcomes();
        };
    }

    private Layout allCategories() {
        return activeAndUnknown(categoriesInOrder().stream().filter(Category::isActive)
                .collect(names(Category::getName)), "Unknown or retired category");
    }

    private Layout categoryGroup(String group) {
        List<Category> inGroup = categoriesInOrder().stream().filter(c -> c.getGroup().equals(group)).toList();
        if (inGroup.isEmpty()) {
            throw ValidationException.of("group", "Unknown category group " + group + "; the groups are "
                    + String.join(", ", categoryGroups()));
        }
        Set<String> active = inGroup.stream().filter(Category::isActive).map(Category::getCode)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        Set<String> retired = inGroup.stream().filter(c -> !c.isActive()).map(Category::getCode)
                .collect(Collectors.toSet());
        List<RowDefinition> rows = new ArrayList<>();
        inGroup.stream().filter(Category::isActive).forEach(c ->
                rows.add(new RowDefinition(c.getCode(), c.getName(), CodeFilter.anyOf(Set.of(c.getCode())), true)));
        rows.add(new RowDefinition(MonthlyTable.UNKNOWN, "Retired category", CodeFilter.anyOf(retired), false));
        Set<String> all = inGroup.stream().map(Category::getCode).collect(Collectors.toSet());
        return new Layout(rows, code -> active.contains(code) ? code : retired.contains(code) ? MonthlyTable.UNKNOWN : null,
                CodeFilter.anyOf(all));
    }

    private Layout activeAndUnknown(Map<String, String> active, String unknownName) {
        List<RowDefinition> rows = new ArrayList<>();
        active.forEach((code, name) -> rows.add(new RowDefinition(code, name, CodeFilter.anyOf(Set.of(code)), true)));
        rows.add(new RowDefinition(MonthlyTable.UNKNOWN, unknownName, CodeFilter.noneOf(active.keySet()), false));
        return new Layout(rows, code -> code != null && active.containsKey(code) ? code : MonthlyTable.UNKNOWN,
                CodeFilter.all());
    }

    private Layout outcomes() {
        Map<String, String> known = inIdOrder(referenceData.list(ReferenceType.OUTCOMES)).stream()
                .collect(names(Outcome::getLabel));
        List<RowDefinition> rows = new ArrayList<>();
        known.forEach((code, name) -> rows.add(new RowDefinition(code, name, CodeFilter.anyOf(Set.of(code)), true)));
        rows.add(new RowDefinition(MonthlyTable.NO_OUTCOME, "No outcome (open, or none recorded)", CodeFilter.missing(),
                false));
        rows.add(new RowDefinition(MonthlyTable.UNKNOWN, "Unknown outcome",
                new CodeFilter(known.keySet(), true, false), false));
        return new Layout(rows, code -> code == null ? MonthlyTable.NO_OUTCOME
                : known.containsKey(code) ? code : MonthlyTable.UNKNOWN, CodeFilter.all());
    }

    private List<Category> categoriesInOrder() {
        return inIdOrder(referenceData.list(ReferenceType.CATEGORIES));
    }

    private static <T extends ReferenceEntity> List<T> inIdOrder(List<T> records) {
        return records.stream().sorted(Comparator.comparing(ReferenceEntity::getId)).toList();
    }

    private static <T extends ReferenceEntity> java.util.stream.Collector<T, ?, Map<String, String>> names(
            Function<T, String> name) {
        return Collectors.toMap(ReferenceEntity::getCode, name, (a, b) -> a, LinkedHashMap::new);
    }
}
