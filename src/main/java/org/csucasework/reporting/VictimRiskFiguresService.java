package org.csucasework.reporting;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.csucasework.intake.HateCharacteristic;
import org.csucasework.intake.VictimFigures;
import org.csucasework.reference.RiskLevel;
import org.csucasework.risk.RiskAssessmentService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds the victims and risk table of the annual figures: one row per risk level (lowest first, as the reference
 * data orders them, then any level no longer defined, then reports not assessed: no report is dropped), repeat
 * victims and possible hate incidents, in all and by characteristic, each counted by the database for the period and the previous one.
 */
@Service
@RequiredArgsConstructor
public class VictimRiskFiguresService {

    public static final String REPEAT_VICTIMS = "REPEAT_VICTIMS";
    public static final String POSSIBLE_HATE_INCIDENTS = "POSSIBLE_HATE_INCIDENTS";
    /** Rows by characteristic are coded {@code HATE_<characteristic>}; a report may count under several. */
    public static final String HATE_PREFIX = "HATE_";
    /** Risk level rows are coded {@code RISK_<level>}. */
    public static final String RISK_PREFIX = "RISK_";

    private final VictimFigures victims;
    private final RiskAssessmentService risk;

    @PreAuthorize(FiguresService.READERS)
    @Transactional(readOnly = true)
    public VictimRiskFigures figures(Period period) {
        Period previous = period.previous();
        Instant from = FiguresService.start(period.from());
        Instant to = FiguresService.end(period.to());
        Instant previousFrom = FiguresService.start(previous.from());
        Instant previousTo = FiguresService.end(previous.to());
        Map<String, Long> levels = victims.reportsByRiskLevel(from, to);
        Map<String, Long> levelsBefore = victims.reportsByRiskLevel(previousFrom, previousTo);
        Set<String> order = new LinkedHashSet<>();
        risk.levels().stream().map(RiskLevel::getLevel).forEach(order::add);
        levels.keySet().stream().filter(level -> !VictimFigures.NOT_ASSESSED.equals(level)).sorted()
                .forEach(order::add);
        levelsBefore.keySet().stream().filter(level -> !VictimFigures.NOT_ASSESSED.equals(level)).sorted()
                .forEach(order::add);
        order.add(VictimFigures.NOT_ASSESSED);
        List<VictimRiskFigures.Row> rows = new ArrayList<>();
        for (String level : order) {
            rows.add(VictimRiskFigures.Row.of(RISK_PREFIX + level, levelLabel(level), levels.getOrDefault(level, 0L),
                    levelsBefore.getOrDefault(level, 0L)));
        }
        rows.add(VictimRiskFigures.Row.of(REPEAT_VICTIMS,
                "Repeat victims (people who reported, or were the victim or complainant, twice or more)",
                victims.repeatVictims(from, to), victims.repeatVictims(previousFrom, previousTo)));
        rows.add(VictimRiskFigures.Row.of(POSSIBLE_HATE_INCIDENTS, "Possible hate incidents (reports)",
                victims.possibleHateIncidents(from, to), victims.possibleHateIncidents(previousFrom, previousTo)));
        Map<HateCharacteristic, Long> byCharacteristic = victims.hateIncidentsByCharacteristic(from, to);
        Map<HateCharacteristic, Long> byCharacteristicBefore =
                victims.hateIncidentsByCharacteristic(previousFrom, previousTo);
        for (HateCharacteristic characteristic : HateCharacteristic.values()) {
            rows.add(VictimRiskFigures.Row.of(HATE_PREFIX + characteristic.name(),
                    "Possible hate incidents: " + characteristic.label().toLowerCase(Locale.UK),
                    byCharacteristic.getOrDefault(characteristic, 0L),
                    byCharacteristicBefore.getOrDefault(characteristic, 0L)));
        }
        return new VictimRiskFigures(period, previous, rows);
    }

    /** "Reports assessed high risk"; "Reports not risk assessed". */
    static String levelLabel(String level) {
        if (VictimFigures.NOT_ASSESSED.equals(level)) {
            return "Reports not risk assessed";
        }
        return "Reports assessed " + level.toLowerCase(Locale.UK).replace('_', ' ') + " risk";
    }
}
