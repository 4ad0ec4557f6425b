package org.csucasework.reporting;

import java.time.YearMonth;
import org.csucasework.intake.ReportDimension;

/**
 * One count of a {@link MonthlyTable} to list the reports behind: the table (dimension, group, period), the row
 * (its code, or null for the totals row) and the column (a month, the period's total, or the previous total).
 */
public record DrillDown(ReportDimension dimension, String group, Period period, String rowCode, YearMonth month,
                        boolean previous) {

    public static DrillDown monthOf(MonthlyTable table, String rowCode, YearMonth month) {
        return new DrillDown(table.dimension(), table.group(), table.period(), rowCode, month, false);
    }

    public static DrillDown totalOf(MonthlyTable table, String rowCode) {
        return new DrillDown(table.dimension(), table.group(), table.period(), rowCode, null, false);
    }

    public static DrillDown previousOf(MonthlyTable table, String rowCode) {
        return new DrillDown(table.dimension(), table.group(), table.period(), rowCode, null, true);
    }

    /** The days the count covers. */
    public Period days() {
        if (previous) {
            return period.previous();
        }
        return month == null ? period : period.within(month);
    }
}
