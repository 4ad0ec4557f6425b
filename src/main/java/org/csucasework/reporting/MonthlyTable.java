package org.csucasework.reporting;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import org.csucasework.intake.ReportDimension;
import org.csucasework.shared.ui.Names;

/**
 * Reports received per month of a period, one row per value of a dimension (the shape of the seed's Tables 4 and
 * 5): each row's monthly counts, its total, the previous period's total, the difference and the percentage change,
 * then a totals row. Every active reference value has a row, zeros included; reports whose value is missing,
 * retired or not in the reference data are counted in the {@code UNKNOWN} row (outcome: reports with no outcome,
 * open ones among them, in {@code NONE}), so the totals row counts every report in the table's scope.
 *
 * @param group the category group the table is limited to, or null for all (category tables only)
 */
public record MonthlyTable(ReportDimension dimension, String group, Period period, Period previousPeriod,
                           List<YearMonth> months, List<Row> rows, Row totals) {

    public static final String UNKNOWN = "UNKNOWN";
    public static final String NO_OUTCOME = "NONE";
    public static final String TOTAL = "TOTAL";

    public MonthlyTable {
        months = List.copyOf(months);
        rows = List.copyOf(rows);
    }

    /** What the table is called on screen and in the pack, e.g. "Reports by category: Noise". */
    public String title() {
        return switch (dimension) {
            case CATEGORY -> group == null ? "Reports by category" : "Reports by category: " + Names.categoryGroup(group);
            case WARD -> "Reports by ward";
            case SOURCE_AGENCY -> "Reports by source agency";
            case OUTCOME -> "Reports by outcome";
        };
    }

    /**
     * One line of the table.
     *
     * @param months           the count for each month of {@link #months()}, in order
     * @param percentageChange null when the previous total is zero
     */
    public record Row(String code, String name, List<Long> months, long total, long previousTotal, long difference,
                      BigDecimal percentageChange) {

        public Row {
            months = List.copyOf(months);
        }
    }
}
