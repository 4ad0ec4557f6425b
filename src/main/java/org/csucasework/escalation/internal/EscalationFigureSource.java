package org.csucasework.escalation.internal;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.csucasework.escalation.Ladder;
import org.csucasework.reporting.FigureRecord;
import org.csucasework.reporting.HeadlineFigure;
import org.csucasework.reporting.HeadlineFigureSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ladder's headline figures: documents issued in the period, per stage, counted by the database. A step counts
 * once, on the day it was served, however many copies went out (a young person's letter and the copy to the parent).
 * The enforcement after a notice (appeals, fixed penalties, works in default, prosecutions) is counted by
 * {@link EnforcementFigures}.
 */
@Component
@RequiredArgsConstructor
class EscalationFigureSource implements HeadlineFigureSource {

    private static final Map<String, HeadlineFigure> FIGURES = Map.of(
            Ladder.WARNING_LETTER, HeadlineFigure.WARNING_LETTERS,
            Ladder.ABA, HeadlineFigure.ACCEPTABLE_BEHAVIOUR_AGREEMENTS,
            Ladder.ABA_BREACH_LETTER, HeadlineFigure.ABA_BREACH_LETTERS,
            Ladder.CPW, HeadlineFigure.COMMUNITY_PROTECTION_WARNINGS,
            Ladder.CPN, HeadlineFigure.COMMUNITY_PROTECTION_NOTICES);

    private final EscalationStepRepository steps;
    private final EnforcementFigures enforcement;

    @Override
    @Transactional(readOnly = true)
    public Map<HeadlineFigure, Long> count(LocalDate from, LocalDate to) {
        Map<HeadlineFigure, Long> counts = new EnumMap<>(HeadlineFigure.class);
        FIGURES.values().forEach(figure -> counts.put(figure, 0L));
        for (Object[] row : steps.countServedByStage(from, to)) {
            HeadlineFigure figure = FIGURES.get((String) row[0]);
            if (figure != null) {
                counts.put(figure, ((Number) row[1]).longValue());
            }
        }
        counts.putAll(enforcement.count(from, to));
        return counts;
    }

    @Override
    public Set<HeadlineFigure> listed() {
        Set<HeadlineFigure> listed = EnumSet.copyOf(FIGURES.values());
        listed.addAll(enforcement.figures());
        return listed;
    }

    /**
     * The documents issued, by case reference and stage. No page to open: the figures' readers (analysts) do not
     * open escalation cases, which name a person; supervisors find them in the letters register.
     */
    @Override
    @Transactional(readOnly = true)
    public List<FigureRecord> records(HeadlineFigure figure, LocalDate from, LocalDate to) {
        if (enforcement.figures().contains(figure)) {
            return enforcement.records(figure, from, to);
        }
        return steps.findServed(from, to).stream()
                .filter(row -> FIGURES.get((String) row[1]) == figure)
                .map(row -> new FigureRecord((String) row[0], figure.label(), (LocalDate) row[2], null))
                .toList();
    }
}
