package org.csucasework.marac;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.csucasework.marac.internal.AgendaItemRepository;
import org.csucasework.marac.internal.MaracMeetingRepository;
import org.csucasework.marac.internal.MaracReferralRepository;
import org.csucasework.marac.process.ReferralProcess;
import org.csucasework.reporting.HeadlineFigure;
import org.csucasework.reporting.HeadlineFigureSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The annual figures this module records, counted by the database: Community MARAC referrals made (first submitted)
 * in the period, meetings held in it, and cases discussed at them (a case counts once per meeting that decided on it;
 * reporting divides by the meetings for the average per meeting). Counts only, nothing about anyone.
 */
@Component
@RequiredArgsConstructor
class MaracFigures implements HeadlineFigureSource {

    private final MaracReferralRepository referrals;
    private final MaracMeetingRepository meetings;
    private final AgendaItemRepository agendaItems;

    @Override
    @Transactional(readOnly = true)
    public Map<HeadlineFigure, Long> count(LocalDate from, LocalDate to) {
        Map<HeadlineFigure, Long> figures = new EnumMap<>(HeadlineFigure.class);
        figures.put(HeadlineFigure.MARAC_REFERRALS, referrals.countSubmittedBetween(start(from), start(to.plusDays(1))));
        figures.put(HeadlineFigure.MARAC_MEETINGS, meetings.countHeldBetween(from, to));
        figures.put(HeadlineFigure.MARAC_CASES_DISCUSSED, agendaItems.countDiscussedBetween(from, to));
        return figures;
    }

    private static Instant start(LocalDate day) {
        return day.atStartOfDay(ReferralProcess.ZONE).toInstant();
    }
}
