package org.csucasework.intake;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The victim and risk counts of the annual figures (issue 16), each one aggregate query over the reports received in
 * {@code [from, to)}, like {@link ReportFigures}: reports by victim risk level (the last assessed; "not assessed"
 * counted too, so that no report is dropped), repeat victims, and possible hate incidents, in all and by the
 * characteristic the victim said they were targeted for.
 */
@Service
@RequiredArgsConstructor
public class VictimFigures {

    /** The row of reports without a risk assessment. */
    public static final String NOT_ASSESSED = "NOT_ASSESSED";

    private final NamedParameterJdbcTemplate jdbc;

    /** Reports by risk level code (and {@link #NOT_ASSESSED}), in no particular order. */
    @Transactional(readOnly = true)
    public Map<String, Long> reportsByRiskLevel(Instant from, Instant to) {
        Map<String, Long> counts = new LinkedHashMap<>();
        jdbc.query("select coalesce(risk_level, '" + NOT_ASSESSED + "') as level, count(*) as n from report "
                        + "where received_at >= :from and received_at < :to group by coalesce(risk_level, '"
                        + NOT_ASSESSED + "')", range(from, to),
                row -> {
                    counts.put(row.getString("level"), row.getLong("n"));
                });
        return counts;
    }

    /**
     * People who were the named reporter, a victim or a complainant of at least two reports received in the period
     * (as {@link PersonMarkers} marks them, counted within the period rather than the last 12 months).
     */
    @Transactional(readOnly = true)
    public long repeatVictims(Instant from, Instant to) {
        Long count = jdbc.queryForObject("select count(*) from (select x.person_id from ("
                + "select reporter_person_id as person_id, id as report_id from report where anonymous = false "
                + "and reporter_person_id is not null and received_at >= :from and received_at < :to "
                + "union select s.person_id, s.report_id from report_subject s join report r on r.id = s.report_id "
                + "where s.role in ('VICTIM', 'COMPLAINANT') and r.received_at >= :from and r.received_at < :to"
                + ") x group by x.person_id having count(distinct x.report_id) >= "
                + PersonMarkers.REPEAT_VICTIM_REPORTS + ") repeat_victims", range(from, to), Long.class);
        return count == null ? 0 : count;
    }

    /** Reports that are possible hate incidents ({@link Report#isPossibleHateIncident}). */
    @Transactional(readOnly = true)
    public long possibleHateIncidents(Instant from, Instant to) {
        Long count = jdbc.queryForObject("select count(*) from report where received_at >= :from "
                        + "and received_at < :to and (possible_hate_incident or category_code = :hate)",
                range(from, to).addValue("hate", PersonMarkers.HATE_CATEGORY), Long.class);
        return count == null ? 0 : count;
    }

    /** Reports by the characteristic the victim said they were targeted for (a report may count under several). */
    @Transactional(readOnly = true)
    public Map<HateCharacteristic, Long> hateIncidentsByCharacteristic(Instant from, Instant to) {
        Map<HateCharacteristic, Long> counts = new java.util.EnumMap<>(HateCharacteristic.class);
        jdbc.query("select c.characteristic, count(*) as n from report_hate_characteristic c "
                        + "join report r on r.id = c.report_id where r.received_at >= :from and r.received_at < :to "
                        + "group by c.characteristic", range(from, to),
                row -> {
                    counts.put(HateCharacteristic.valueOf(row.getString("characteristic")), row.getLong("n"));
                });
        return counts;
    }

    private static MapSqlParameterSource range(Instant from, Instant to) {
        return new MapSqlParameterSource("from", utc(from)).addValue("to", utc(to));
    }

    /** Times are kept as UTC timestamps without a zone (as {@link ReportFigures} reads them). */
    private static Timestamp utc(Instant instant) {
        return Timestamp.valueOf(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
    }
}
