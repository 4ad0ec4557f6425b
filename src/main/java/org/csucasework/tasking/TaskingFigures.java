package org.csucasework.tasking;

import java.time.LocalDate;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The daily tasking's annual figure, counted by the database: "calls dealt with at the CSU daily tasking" are the
 * distinct reports reviewed at the meetings held in a period (a report reviewed at two meetings counts once).
 */
@Service
@RequiredArgsConstructor
public class TaskingFigures {

    private static final String REVIEWED_IN_PERIOD = " from tasking_review r join tasking_meeting m on m.id = r.meeting_id "
            + "where m.meeting_date >= :from and m.meeting_date <= :to";

    private final NamedParameterJdbcTemplate jdbc;

    /** Distinct reports reviewed at meetings held from {@code from} to {@code to}, both inclusive. */
    @Transactional(readOnly = true)
    public long callsDealtWith(LocalDate from, LocalDate to) {
        Long count = jdbc.queryForObject("select count(distinct r.report_id)" + REVIEWED_IN_PERIOD, period(from, to),
                Long.class);
        return count == null ? 0 : count;
    }

    /** The ids of those reports, the first {@code limit} by id: for a drill-down, which applies the access rules. */
    @Transactional(readOnly = true)
    public List<Long> reportsDealtWith(LocalDate from, LocalDate to, int limit) {
        return jdbc.queryForList("select distinct r.report_id" + REVIEWED_IN_PERIOD + " order by r.report_id limit :limit",
                period(from, to).addValue("limit", limit), Long.class);
    }

    private static MapSqlParameterSource period(LocalDate from, LocalDate to) {
        return new MapSqlParameterSource("from", java.sql.Date.valueOf(from)).addValue("to", java.sql.Date.valueOf(to));
    }
}
