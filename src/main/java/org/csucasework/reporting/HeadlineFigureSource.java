package org.csucasework.reporting;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Implemented by each capability that records a headline figure (a Spring bean in that capability's module), so
 * that reporting never reaches into another module's tables. Counts are database aggregates over a period
 * {@code from}..{@code to}, both inclusive.
 */
public interface HeadlineFigureSource {

    /** The figures this capability counts for the period. A figure absent from the map is not counted here. */
    Map<HeadlineFigure, Long> count(LocalDate from, LocalDate to);

    /** Optional detail behind a figure, e.g. the subjects of the Task and Finish Groups; empty by default. */
    default List<String> details(HeadlineFigure figure, LocalDate from, LocalDate to) {
        return List.of();
    }

    /** The figures whose records this source lists through {@link #records}: the drill-down from those counts. */
    default Set<HeadlineFigure> listed() {
        return Set.of();
    }

    /** The records behind a figure of {@link #listed()} in the period, oldest first. */
    default List<FigureRecord> records(HeadlineFigure figure, LocalDate from, LocalDate to) {
        return List.of();
    }
}
