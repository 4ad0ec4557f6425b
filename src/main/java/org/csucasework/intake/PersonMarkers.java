package org.csucasework.intake;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.csucasework.intake.internal.ReportRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Marks people as repeat victims or as possible victims of a hate incident, from the reports in which they reported
 * or were the victim or complainant within the repeat window (12 months unless configured), whatever role they have
 * where they are shown. A report is a possible hate incident when its category is the hate-related one or its risk
 * assessment answered yes to the question about being targeted for who they are ({@link Report#isPossibleHateIncident}).
 *
 * <p>Counted over every agency's reports, unlike the histories, which show only what the user may see: a partner
 * must know that the person in front of them is vulnerable even when the earlier reports are another agency's. Only
 * the marker is told, never which reports made it.
 */
@Service
@RequiredArgsConstructor
public class PersonMarkers {

    /** The category of hate-related incidents ({@code reference/categories.csv}). */
    public static final String HATE_CATEGORY = "ASB_HATE";

    /** Reports as reporter, victim or complainant within the window that make a repeat victim. */
    static final int REPEAT_VICTIM_REPORTS = 2;

    private final ReportRepository reports;
    private final RepeatThresholds thresholds;
    private final Clock clock;

    /** The markers of each of these people (by person id; a person with none is left out), with two queries. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Map<Long, Set<PersonMarker>> of(Collection<Long> personIds) {
        Set<Long> wanted = new HashSet<>(personIds);
        wanted.remove(null);
        if (wanted.isEmpty()) {
            return Map.of();
        }
        Instant now = clock.instant();
        // [person id, report id, possible hate] for each report in which the person reported, or was victim or complainant
        List<Object[]> rows = reports.asReporterVictimOrComplainant(wanted, HATE_CATEGORY,
                now.minus(thresholds.repeatWindow()), now);
        Map<Long, Set<Long>> reportsOf = new HashMap<>();
        Map<Long, Set<PersonMarker>> markers = new HashMap<>();
        for (Object[] row : rows) {
            Long personId = ((Number) row[0]).longValue();
            Long reportId = ((Number) row[1]).longValue();
            reportsOf.computeIfAbsent(personId, id -> new HashSet<>()).add(reportId);
            if (Boolean.TRUE.equals(row[2])) {
                markers.computeIfAbsent(personId, id -> EnumSet.noneOf(PersonMarker.class))
                        .add(PersonMarker.POSSIBLE_HATE_INCIDENT);
            }
        }
        reportsOf.forEach((personId, ids) -> {
            if (ids.size() >= REPEAT_VICTIM_REPORTS) {
                markers.computeIfAbsent(personId, id -> EnumSet.noneOf(PersonMarker.class))
                        .add(PersonMarker.REPEAT_VICTIM);
            }
        });
        return markers;
    }

    /** The markers of one person (none for null). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Set<PersonMarker> of(Long personId) {
        return personId == null ? Set.of()
                : Objects.requireNonNullElse(of(List.of(personId)).get(personId), Set.of());
    }
}
