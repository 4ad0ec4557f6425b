package org.csucasework.intake;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.csucasework.security.CurrentUser;
import org.csucasework.security.UserService;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Aggregate counts of reports for the annual figures, computed by the database (GROUP BY over the
 * {@code received_at} range, never by loading reports), and the reports behind a count for a drill-down, within
 * what the signed-in user may see ({@link ReportAccess}). Times are instants; intervals include their start and
 * exclude their end. Every report in the range is counted once, whatever its codes.
 */
@Service
@RequiredArgsConstructor
public class ReportFigures {

    /** At most this many reports are listed behind a count; the total is always given. */
    public static final int DRILL_DOWN_LIMIT = 500;

    private final NamedParameterJdbcTemplate jdbc;
    private final ReportAccess access;
    private final ReportService reports;
    private final UserService users;

    /** Reports received in {@code [from, to)}. */
    @Transactional(readOnly = true)
    public long countReceived(Instant from, Instant to) {
        Long count = jdbc.queryForObject("select count(*) from report where received_at >= :from and received_at < :to",
                new MapSqlParameterSource("from", utc(from)).addValue("to", utc(to)), Long.class);
        return count == null ? 0 : count;
    }

    /** Reports closed in {@code [from, to)}. */
    @Transactional(readOnly = true)
    public long countClosed(Instant from, Instant to) {
        Long count = jdbc.queryForObject("select count(*) from report where status = 'CLOSED' and closed_at >= :from"
                + " and closed_at < :to", new MapSqlParameterSource("from", utc(from)).addValue("to", utc(to)),
                Long.class);
        return count == null ? 0 : count;
    }

    /**
     * Reports closed in {@code [from, to)} with at least one contact with the reporter or victim in their history
     * (the report-back). One aggregate over the history's table (casehistory), as every figure is counted, rather
     * than a question per report.
     */
    @Transactional(readOnly = true)
    public long countClosedWithContact(Instant from, Instant to) {
        Long count = jdbc.queryForObject("select count(*) from report r where r.status = 'CLOSED'"
                + " and r.closed_at >= :from and r.closed_at < :to and exists (select 1 from case_history_entry h"
                + " where h.case_kind = 'REPORT' and h.case_id = r.id and h.entry_kind = 'CONTACT')",
                new MapSqlParameterSource("from", utc(from)).addValue("to", utc(to)), Long.class);
        return count == null ? 0 : count;
    }

    /**
     * Reports per value of the dimension in each of the consecutive intervals {@code [b0, b1), [b1, b2), ...}: one
     * scan of the range, grouped by value and interval. Values with no report in any interval are absent; reports
     * without a value come under the null code.
     */
    @Transactional(readOnly = true)
    public List<IntervalCounts> countByInterval(ReportDimension dimension, List<Instant> boundaries) {
        if (boundaries.size() < 2) {
            throw new IllegalArgumentException("At least one interval is needed");
        }
        int intervals = boundaries.size() - 1;
        MapSqlParameterSource params = new MapSqlParameterSource()
                .addValue("from", utc(boundaries.get(0)))
                .addValue("to", utc(boundaries.get(intervals)));
        StringBuilder bucket = new StringBuilder("case");
        for (int i = 1; i < intervals; i++) {
            bucket.append(" when received_at < :b").append(i).append(" then ").append(i - 1);
            params.addValue("b" + i, utc(boundaries.get(i)));
        }
        bucket.append(" else ").append(intervals - 1).append(" end");
        String sql = "select code, bucket, count(*) as reports from (select " + dimension.column() + " as code, "
                + bucket + " as bucket from report where received_at >= :from and received_at < :to) r "
                + "group by code, bucket";
        Map<String, long[]> byCode = new LinkedHashMap<>();
        long[] missing = new long[intervals];
        boolean[] anyMissing = {false};
        jdbc.query(sql, params, rs -> {
            String code = rs.getString("code");
            long[] counts = code == null ? missing : byCode.computeIfAbsent(code, c -> new long[intervals]);
            if (code == null) {
                anyMissing[0] = true;
            }
            counts[rs.getInt("bucket")] += rs.getLong("reports");
        });
        List<IntervalCounts> result = new ArrayList<>();
        byCode.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(entry -> result.add(new IntervalCounts(entry.getKey(), entry.getValue())));
        if (anyMissing[0]) {
            result.add(new IntervalCounts(null, missing));
        }
        return result;
    }

    /**
     * The reports behind a count: received in {@code [from, to)} with a value the filter covers, oldest first, as
     * far as the signed-in user may see them (CSU staff see all; a partner officer their agency's own and those
     * shared with it, the rule of {@link ReportAccess}).
     */
    @Transactional(readOnly = true)
    public ReportList reportsBehind(ReportDimension dimension, CodeFilter filter, Instant from, Instant to) {
        CurrentUser user = users.requireCurrentUser();
        MapSqlParameterSource params = new MapSqlParameterSource()
                .addValue("from", utc(from)).addValue("to", utc(to));
        StringBuilder where = new StringBuilder(" from report r where r.received_at >= :from and r.received_at < :to");
        where.append(" and (").append(condition("r." + dimension.column(), filter, params)).append(")");
        if (!access.seesAllReports(user)) {
            where.append(" and (r.owning_agency_code = :agency or exists (select 1 from report_share s "
                    + "where s.report_id = r.id and s.agency_code = :agency))");
            params.addValue("agency", user.agencyCode());
        }
        Long total = jdbc.queryForObject("select count(*)" + where, params, Long.class);
        params.addValue("limit", DRILL_DOWN_LIMIT);
        List<Long> ids = jdbc.queryForList("select r.id" + where + " order by r.received_at, r.id limit :limit",
                params, Long.class);
        return new ReportList(total == null ? 0 : total, inOrder(ids, reports.summaries(ids)));
    }

    /** Summaries of these reports the signed-in user may see, in the order of the ids. */
    @Transactional(readOnly = true)
    public List<ReportSummary> summariesInOrder(List<Long> reportIds) {
        return inOrder(reportIds, reports.summaries(reportIds));
    }

    private static List<ReportSummary> inOrder(List<Long> ids, List<ReportSummary> summaries) {
        Map<Long, Integer> position = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            position.put(ids.get(i), i);
        }
        return summaries.stream().sorted(Comparator.comparing(s -> position.getOrDefault(s.id(), Integer.MAX_VALUE)))
                .toList();
    }

    private static String condition(String column, CodeFilter filter, MapSqlParameterSource params) {
        String coded;
        if (filter.codes().isEmpty()) {
            coded = filter.allBut() ? column + " is not null" : "1 = 0";
        } else {
            params.addValue("codes", filter.codes());
            coded = column + (filter.allBut() ? " not in (:codes)" : " in (:codes)");
        }
        return filter.includeMissing() ? "(" + coded + ") or " + column + " is null" : coded;
    }

    /** Times are stored as UTC wall-clock timestamps (hibernate.jdbc.time_zone = UTC). */
    private static Timestamp utc(Instant instant) {
        return Timestamp.valueOf(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
    }
}
