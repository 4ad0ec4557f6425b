package org.csucasework.escalation.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import org.csucasework.reporting.FigureRecord;
import org.csucasework.reporting.FiguresService;
import org.csucasework.reporting.HeadlineFigure;
import org.springframework.stereotype.Component;

/**
 * The enforcement that follows a served CPN (ss46-52 of the 2014 Act), each counted by the database on the day it
 * happened, not the day it was typed in: an appeal on the day lodged, a fixed penalty on the day issued and again on
 * the day paid, works in default on the day done, a prosecution on the day it was brought (recorded: it has no other
 * day until its hearing, which may never be listed).
 */
@Component
class EnforcementFigures {

    /** How one figure is counted (an aggregate) and listed (case reference and day), for days {@code from..to}. */
    private record Counted(BiFunction<LocalDate, LocalDate, Long> count,
                           BiFunction<LocalDate, LocalDate, List<Object[]>> rows) {
    }

    private final Map<HeadlineFigure, Counted> figures = new EnumMap<>(HeadlineFigure.class);

    EnforcementFigures(AppealRepository appeals, FixedPenaltyRepository penalties, RemedialWorkRepository works,
                       ProsecutionRepository prosecutions) {
        figures.put(HeadlineFigure.COMMUNITY_PROTECTION_NOTICES_APPEALED,
                new Counted(appeals::countLodged, appeals::findLodged));
        figures.put(HeadlineFigure.FIXED_PENALTIES_ISSUED, new Counted(penalties::countIssued, penalties::findIssued));
        figures.put(HeadlineFigure.FIXED_PENALTIES_PAID, new Counted(penalties::countPaid, penalties::findPaid));
        figures.put(HeadlineFigure.WORKS_IN_DEFAULT, new Counted(works::countDone, works::findDone));
        figures.put(HeadlineFigure.PROSECUTIONS, new Counted(
                (from, to) -> prosecutions.countBrought(start(from), start(to.plusDays(1))),
                (from, to) -> prosecutions.findBrought(start(from), start(to.plusDays(1))).stream()
                        .map(row -> new Object[] {row[0], ((Instant) row[1]).atZone(FiguresService.DISTRICT_ZONE)
                                .toLocalDate()})
                        .toList()));
    }

    Set<HeadlineFigure> figures() {
        return figures.keySet();
    }

    Map<HeadlineFigure, Long> count(LocalDate from, LocalDate to) {
        Map<HeadlineFigure, Long> counts = new EnumMap<>(HeadlineFigure.class);
        figures.forEach((figure, counted) -> counts.put(figure, counted.count().apply(from, to)));
        return counts;
    }

    /** What happened on which case; like the letters, no page the figures' readers may open. */
    List<FigureRecord> records(HeadlineFigure figure, LocalDate from, LocalDate to) {
        return figures.get(figure).rows().apply(from, to).stream()
                .map(row -> new FigureRecord((String) row[0], figure.label(), (LocalDate) row[1], null))
                .toList();
    }

    /** The first moment of a district day: a prosecution brought at 00:30 BST on 1 October is October's. */
    private static Instant start(LocalDate day) {
        return day.atStartOfDay(FiguresService.DISTRICT_ZONE).toInstant();
    }
}
