package org.csucasework.reporting;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.csucasework.intake.ReportDimension;

/**
 * Any figures table as plain columns and cells (text, whole numbers, decimals or empty), the one form every
 * export (CSV, XLSX, PDF) writes. Column names are those of the API's CSV.
 */
public record FiguresTable(String title, List<String> columns, List<List<Object>> rows) {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy-MM", Locale.ROOT);

    public FiguresTable {
        columns = List.copyOf(columns);
        rows = rows.stream().map(row -> java.util.Collections.unmodifiableList(new ArrayList<>(row))).toList();
    }

    /** Months as {@code yyyy-MM}, as in the API's CSV columns. */
    public static String month(YearMonth month) {
        return MONTH.format(month);
    }

    /**
     * code, name, one column per calendar month, total, previous total, difference, percentage change; the totals
     * row last.
     */
    public static FiguresTable of(MonthlyTable table) {
        String what = switch (table.dimension()) {
            case CATEGORY -> "category";
            case WARD -> "ward";
            case SOURCE_AGENCY -> "agency";
            case OUTCOME -> "outcome";
        };
        List<String> columns = new ArrayList<>(List.of(what + " code", what + " name"));
        table.months().forEach(month -> columns.add(month(month)));
        columns.addAll(List.of("total", "previous total", "difference", "percentage change"));
        List<List<Object>> rows = new ArrayList<>();
        for (MonthlyTable.Row row : table.rows()) {
            rows.add(cells(row));
        }
        rows.add(cells(table.totals()));
        return new FiguresTable(table.title() + ", " + table.period().label(), columns, rows);
    }

    private static List<Object> cells(MonthlyTable.Row row) {
        List<Object> cells = new ArrayList<>();
        cells.add(row.code());
        cells.add(row.name());
        cells.addAll(row.months());
        cells.add(row.total());
        cells.add(row.previousTotal());
        cells.add(row.difference());
        cells.add(row.percentageChange());
        return cells;
    }

    public static FiguresTable of(HeadlineFigures figures) {
        List<List<Object>> rows = new ArrayList<>();
        for (HeadlineFigures.Row row : figures.rows()) {
            rows.add(java.util.Arrays.asList(row.figure().name(), row.label(),
                    row.available() ? row.current() : "not available",
                    row.available() ? row.previous() : "not available",
                    row.difference(), row.percentageChange(), String.join("; ", row.details())));
        }
        HeadlineFigures.Average average = figures.maracAveragePerMeeting();
        rows.add(java.util.Arrays.asList("MARAC_AVERAGE_CASES_PER_MEETING", "Community MARAC cases per meeting (average)",
                average.current() == null ? "not available" : average.current(),
                average.previous() == null ? "not available" : average.previous(), null, null, ""));
        return new FiguresTable("CSU headline figures, " + figures.period().label() + " (previous: "
                + figures.previousPeriod().label() + ")",
                List.of("figure", "label", "this period", "previous period", "difference", "percentage change",
                        "details"), rows);
    }

    public static FiguresTable of(PartnerTable table) {
        List<List<Object>> rows = new ArrayList<>();
        for (PartnerTable.Row row : table.rows()) {
            rows.add(java.util.Arrays.asList(row.source(), row.code(), row.name(), row.previousStart(),
                    row.previousEnd(), row.previous(), row.periodStart(), row.periodEnd(), row.current(),
                    row.difference(), row.percentageChange(), row.ratePerThousand()));
        }
        return new FiguresTable("Partner figures" + (table.source() == null ? "" : ": " + table.source())
                + (table.periodStart() == null ? "" : " from " + table.periodStart()) + " (population "
                + table.population() + ")",
                List.of("source", "category code", "category name", "previous start", "previous end", "previous",
                        "period start", "period end", "this period", "difference", "percentage change",
                        "rate per 1,000 population"), rows);
    }

    public static FiguresTable of(PriorityRanking ranking) {
        List<String> columns = new ArrayList<>(List.of("community safety issue"));
        ranking.criteria().forEach(criterion -> columns.add(criterion.label()));
        columns.addAll(List.of("total", "priority", "last year's total", "suggested trend", "suggested volume",
                "categories"));
        List<List<Object>> rows = new ArrayList<>();
        for (PriorityRanking.Issue issue : ranking.issues()) {
            List<Object> cells = new ArrayList<>();
            cells.add(issue.name());
            ranking.criteria().forEach(criterion -> cells.add((long) issue.scores().get(criterion.code())));
            cells.add((long) issue.total());
            cells.add(issue.priority() ? "yes" : "no");
            cells.add(issue.lastYearTotal() == null ? null : (long) issue.lastYearTotal());
            cells.add(issue.suggestedTrend() == null ? null : (long) issue.suggestedTrend());
            cells.add(issue.suggestedVolume() == null ? null : (long) issue.suggestedVolume());
            cells.add(String.join(" ", issue.categoryCodes()));
            rows.add(cells);
        }
        return new FiguresTable("Priority ranking " + ranking.year() + " (" + ranking.period().label()
                + "; priority at " + ranking.threshold() + " or more)", columns, rows);
    }

    /** A cell as CSV text: numbers plain, empty for none. */
    public static String text(Object cell) {
        if (cell == null) {
            return "";
        }
        if (cell instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        return cell.toString();
    }

    /** A short name for a dimension in file names. */
    public static String slug(ReportDimension dimension, String group) {
        return (dimension.name().toLowerCase(Locale.ROOT).replace('_', '-')
                + (group == null ? "" : "-" + group.toLowerCase(Locale.ROOT).replace('_', '-')));
    }
}
