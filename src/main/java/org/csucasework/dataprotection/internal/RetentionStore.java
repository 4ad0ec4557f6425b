package org.csucasework.dataprotection.internal;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.csucasework.dataprotection.RecordKind;
import org.csucasework.dataprotection.RetentionCandidate;
import org.csucasework.shared.personaldata.Naming;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** Finds the records and people past retention ({@link RetentionRules}); reads only. */
@Component
public class RetentionStore {

    /** The moments before which closed records are past retention, per kind (UTC, as the timestamps are stored). */
    public record Cutoffs(LocalDateTime reports, LocalDateTime taskGroups, LocalDateTime escalationCases) {

        MapSqlParameterSource params() {
            return new MapSqlParameterSource("reportCutoff", reports).addValue("groupCutoff", taskGroups)
                    .addValue("caseCutoff", escalationCases);
        }
    }

    private static final String REPORTS = " from report r where r.anonymised_at is null and "
            + RetentionRules.reportPastAge("r");
    private static final String GROUPS = " from task_group g where g.anonymised_at is null and "
            + RetentionRules.groupPastAge("g");
    private static final String CASES = " from escalation_case c where c.anonymised_at is null and "
            + RetentionRules.casePastAge("c");

    private final NamedParameterJdbcTemplate jdbc;
    private final String peopleWithNothingKept;

    @Autowired
    RetentionStore(NamedParameterJdbcTemplate jdbc, PersonalDataModules modules) {
        this(jdbc, modules.namings());
    }

    /** @param namings the records that name people, of every module */
    RetentionStore(NamedParameterJdbcTemplate jdbc, List<Naming> namings) {
        this.jdbc = jdbc;
        this.peopleWithNothingKept = RetentionRules.peopleWithNothingKept(namings);
    }

    public long countReports(Cutoffs cutoffs) {
        return count(REPORTS, cutoffs);
    }

    public long countTaskGroups(Cutoffs cutoffs) {
        return count(GROUPS, cutoffs);
    }

    public long countEscalationCases(Cutoffs cutoffs) {
        return count(CASES, cutoffs);
    }

    public long countPeople(Cutoffs cutoffs) {
        Long count = jdbc.queryForObject("select count(*) from (" + peopleWithNothingKept + ") x",
                cutoffs.params(), Long.class);
        return count == null ? 0 : count;
    }

    /** The oldest records past retention, at most {@code limit} of each kind. */
    public List<RetentionCandidate> candidates(Cutoffs cutoffs, int limit) {
        List<RetentionCandidate> all = new ArrayList<>();
        all.addAll(list(RecordKind.REPORT, "select r.id, r.reference, r.closed_at as closed" + REPORTS
                + " order by r.closed_at, r.id", cutoffs, limit));
        all.addAll(list(RecordKind.TASK_AND_FINISH_GROUP, "select g.id, g.reference, coalesce(g.closed_at, g.decided_at)"
                + " as closed" + GROUPS + " order by 3, g.id", cutoffs, limit));
        all.addAll(list(RecordKind.ESCALATION_CASE, "select c.id, c.reference, c.closed_at as closed" + CASES
                + " order by c.closed_at, c.id", cutoffs, limit));
        return all;
    }

    public List<Long> peopleWithNothingKept(Cutoffs cutoffs) {
        return jdbc.queryForList(peopleWithNothingKept, cutoffs.params(), Long.class);
    }

    private long count(String from, Cutoffs cutoffs) {
        Long count = jdbc.queryForObject("select count(*)" + from, cutoffs.params(), Long.class);
        return count == null ? 0 : count;
    }

    private List<RetentionCandidate> list(RecordKind kind, String sql, Cutoffs cutoffs, int limit) {
        return jdbc.query(sql + " limit :limit", cutoffs.params().addValue("limit", limit),
                (rs, n) -> new RetentionCandidate(kind, rs.getLong("id"), rs.getString("reference"),
                        rs.getObject("closed", LocalDateTime.class).toInstant(ZoneOffset.UTC)));
    }
}
