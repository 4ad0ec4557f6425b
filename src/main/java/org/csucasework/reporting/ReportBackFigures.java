package org.csucasework.reporting;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.csucasework.intake.ReportFigures;
import org.springframework.stereotype.Component;

/**
 * Reports closed and, of those, how many had a contact with the reporter or victim recorded (the report-back the
 * partnership promises in every case): the rate is the second over the first.
 */
@Component
@RequiredArgsConstructor
class ReportBackFigures implements HeadlineFigureSource {

    private static final ZoneId ZONE = ZoneId.of("Europe/London");

    private final ReportFigures reports;

    @Override
    public Map<HeadlineFigure, Long> count(LocalDate from, LocalDate to) {
        var start = from.atStartOfDay(ZONE).toInstant();
        var end = to.plusDays(1).atStartOfDay(ZONE).toInstant();
        Map<HeadlineFigure, Long> counts = new EnumMap<>(HeadlineFigure.class);
        counts.put(HeadlineFigure.REPORTS_CLOSED, reports.countClosed(start, end));
        counts.put(HeadlineFigure.REPORTS_REPORTED_BACK, reports.countClosedWithContact(start, end));
        return counts;
    }
}
