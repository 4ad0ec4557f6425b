package org.csucasework.escalation.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.csucasework.escalation.LegalOutcomeKind;
import org.csucasework.reporting.FigureRecord;
import org.csucasework.reporting.HeadlineFigure;
import org.csucasework.reporting.HeadlineFigureSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The headline figures of the legal outcomes beyond the ladder: injunctions granted, Criminal Behaviour Orders and
 * closure orders made in the period, each counted by the database on the day it was granted or made (not the day it
 * was typed in). Closure notices are no headline figure: the orders that follow them are.
 */
@Component
@RequiredArgsConstructor
class LegalOutcomeFigureSource implements HeadlineFigureSource {

    private static final Map<LegalOutcomeKind, HeadlineFigure> FIGURES = Map.of(
            LegalOutcomeKind.INJUNCTION, HeadlineFigure.INJUNCTIONS_GRANTED,
            LegalOutcomeKind.CRIMINAL_BEHAVIOUR_ORDER, HeadlineFigure.CRIMINAL_BEHAVIOUR_ORDERS,
            LegalOutcomeKind.CLOSURE_ORDER, HeadlineFigure.CLOSURE_ORDERS);

    private final LegalOutcomeRepository outcomes;

    @Override
    @Transactional(readOnly = true)
    public Map<HeadlineFigure, Long> count(LocalDate from, LocalDate to) {
        Map<HeadlineFigure, Long> counts = new EnumMap<>(HeadlineFigure.class);
        FIGURES.forEach((kind, figure) -> counts.put(figure, outcomes.countByKindAndMadeOnBetween(kind, from, to)));
        return counts;
    }

    @Override
    public Set<HeadlineFigure> listed() {
        return Set.copyOf(FIGURES.values());
    }

    /** Which case and which day; like the letters, no page the figures' readers (analysts) may open. */
    @Override
    @Transactional(readOnly = true)
    public List<FigureRecord> records(HeadlineFigure figure, LocalDate from, LocalDate to) {
        List<FigureRecord> records = new ArrayList<>();
        FIGURES.forEach((kind, counted) -> {
            if (counted == figure) {
                outcomes.findMade(kind, from, to).forEach(row -> records.add(new FigureRecord((String) row[0],
                        figure.label(), (LocalDate) row[1], null)));
            }
        });
        return records;
    }
}
