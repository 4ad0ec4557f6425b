package org.csucasework.intake.internal;

import java.util.Collection;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.csucasework.shared.DatabaseVendor;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The searches of reports (decision 0019), each newest first and, for a partner officer, only over the reports their
 * agency owns or that are shared with it, so that the limit applies to what they may see. The description is
 * searched with PostgreSQL's full-text search (its GIN index), on H2 with a plain LIKE.
 */
@Component
@RequiredArgsConstructor
public class ReportSearchQueries {

    /** A report found through a person (as reporter or a person involved) or a place: the id and which one. */
    public record Found(long reportId, long throughId) {
    }

    /**
     * Words found in very many descriptions ("noise") would make the database sort every such report to find the
     * newest: it takes the first matches the index gives instead, and sorts those.
     */
    private static final int DESCRIPTION_CANDIDATES = 1000;

    private final NamedParameterJdbcTemplate jdbc;
    private final DatabaseVendor vendor;

    /** Reports these people made or are involved in; {@code agencyCode} null for users who see every report. */
    public List<Found> aboutPeople(Collection<Long> personIds, String agencyCode, int limit) {
        if (personIds.isEmpty()) {
            return List.of();
        }
        return jdbc.query("select r.id, x.person_id from report r join (select id as report_id, reporter_person_id "
                        + "as person_id from report where reporter_person_id in (:ids) union select report_id, "
                        + "person_id from report_subject where person_id in (:ids)) x on x.report_id = r.id"
                        + visibleTo(agencyCode) + " order by r.received_at desc, r.id desc limit :limit",
                params(agencyCode, limit).addValue("ids", personIds),
                (rs, i) -> new Found(rs.getLong(1), rs.getLong(2)));
    }

    /** Reports at these places. */
    public List<Found> atPlaces(Collection<Long> placeIds, String agencyCode, int limit) {
        if (placeIds.isEmpty()) {
            return List.of();
        }
        return jdbc.query("select r.id, r.place_id from report r where r.place_id in (:ids)"
                        + visibleTo(agencyCode).replaceFirst(" where ", " and ")
                        + " order by r.received_at desc, r.id desc limit :limit",
                params(agencyCode, limit).addValue("ids", placeIds),
                (rs, i) -> new Found(rs.getLong(1), rs.getLong(2)));
    }

    /** Reports whose description has every word typed (in any form: "shouting" finds "shouted" on PostgreSQL). */
    public List<Long> describedBy(String text, String agencyCode, int limit) {
        MapSqlParameterSource params = params(agencyCode, limit).addValue("text", text)
                .addValue("candidates", DESCRIPTION_CANDIDATES);
        String match = vendor.isPostgreSql()
                ? "to_tsvector('english', coalesce(description, '')) @@ plainto_tsquery('english', :text)"
                : "lower(description) like :contains";
        params.addValue("contains", "%" + text.toLowerCase(java.util.Locale.ROOT) + "%");
        return jdbc.queryForList("select r.id from (select id, received_at, owning_agency_code from report where "
                        + match + " limit :candidates) r" + visibleTo(agencyCode)
                        + " order by r.received_at desc, r.id desc limit :limit", params, Long.class);
    }

    private static MapSqlParameterSource params(String agencyCode, int limit) {
        return new MapSqlParameterSource("agency", agencyCode).addValue("limit", limit);
    }

    private static String visibleTo(String agencyCode) {
        return agencyCode == null ? "" : " where (r.owning_agency_code = :agency or exists (select 1 from report_share "
                + "s where s.report_id = r.id and s.agency_code = :agency))";
    }
}
