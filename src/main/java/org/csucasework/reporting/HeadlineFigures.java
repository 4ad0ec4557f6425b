package org.csucasework.reporting;

import java.math.BigDecimal;
import java.util.List;

/**
 * The CSU headline figures of a period beside the previous period's. A figure no part of the product counts yet is
 * {@link Row#available() not available}: its counts are null, never zero.
 *
 * @param maracAveragePerMeeting Community MARAC cases discussed per meeting, to one decimal place
 */
public record HeadlineFigures(Period period, Period previousPeriod, List<Row> rows, Average maracAveragePerMeeting) {

    public HeadlineFigures {
        rows = List.copyOf(rows);
    }

    public Row row(HeadlineFigure figure) {
        return rows.stream().filter(row -> row.figure() == figure).findFirst().orElseThrow();
    }

    /**
     * @param details     what lies behind the figure for the period, e.g. the subjects of the Task and Finish Groups
     * @param drillDown   whether the reports behind the figure can be listed
     */
    public record Row(HeadlineFigure figure, String label, boolean available, Long current, Long previous,
                      Long difference, BigDecimal percentageChange, List<String> details, boolean drillDown) {

        public Row {
            details = details == null ? List.of() : List.copyOf(details);
        }

        static Row notAvailable(HeadlineFigure figure) {
            return new Row(figure, figure.label(), false, null, null, null, null, List.of(), false);
        }

        static Row of(HeadlineFigure figure, long current, long previous, List<String> details, boolean drillDown) {
            return new Row(figure, figure.label(), true, current, previous, current - previous,
                    Change.percentage(current, previous), details, drillDown);
        }
    }

    /** An average for the period and the previous one; null where it cannot be worked out. */
    public record Average(BigDecimal current, BigDecimal previous) {
    }
}
