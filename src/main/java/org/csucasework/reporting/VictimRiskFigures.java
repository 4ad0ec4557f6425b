package org.csucasework.reporting;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Victims and risk in a period beside the previous one (issue 16): reports by the victim's risk level, repeat
 * victims and possible hate incidents. A table of its own beside the Strategic Assessment's, which stay as they were.
 */
public record VictimRiskFigures(Period period, Period previousPeriod, List<Row> rows) {

    public VictimRiskFigures {
        rows = List.copyOf(rows);
    }

    public Row row(String code) {
        return rows.stream().filter(row -> row.code().equals(code)).findFirst().orElseThrow();
    }

    public record Row(String code, String label, long current, long previous, long difference,
                      BigDecimal percentageChange) {

        static Row of(String code, String label, long current, long previous) {
            return new Row(code, label, current, previous, current - previous, Change.percentage(current, previous));
        }
    }

    /** The table as every export writes it. */
    public FiguresTable table() {
        List<List<Object>> cells = new ArrayList<>();
        for (Row row : rows) {
            cells.add(java.util.Arrays.asList(row.code(), row.label(), row.current(), row.previous(),
                    row.difference(), row.percentageChange()));
        }
        return new FiguresTable("Victims and risk, " + period.label(),
                List.of("code", "figure", "this period", "previous period", "difference", "percentage change"), cells);
    }
}
