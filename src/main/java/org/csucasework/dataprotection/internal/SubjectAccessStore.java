package org.csucasework.dataprotection.internal;

import static org.csucasework.shared.personaldata.ExportRows.instant;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.csucasework.dataprotection.PersonMatch;
import org.csucasework.shared.personaldata.SubjectAccessRecords.PersonRecord;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Finds the person a subject access request or an erasure is about, and reads their own details; the modules add
 * the records they hold about them ({@code PersonalData#export}).
 */
@Component
@RequiredArgsConstructor
public class SubjectAccessStore {

    private static final int MATCHES = 25;

    private final NamedParameterJdbcTemplate jdbc;

    /** People whose name starts with the match key typed (see {@code MatchKeys}). */
    public List<PersonMatch> findByNameKey(String key) {
        return jdbc.query("select p.id, p.full_name, p.date_of_birth, p.address, p.anonymised_at, p.version,"
                        + " (select count(*) from report r where r.reporter_person_id = p.id"
                        + "   or r.id in (select s.report_id from report_subject s where s.person_id = p.id)) as reports"
                        + " from person p where p.name_key like :key order by p.name_key, p.id limit :limit",
                new MapSqlParameterSource("key", key + "%").addValue("limit", MATCHES),
                (rs, n) -> new PersonMatch(rs.getLong("id"), rs.getString("full_name"),
                        rs.getObject("date_of_birth", LocalDate.class), rs.getString("address"),
                        rs.getLong("reports"), rs.getObject("anonymised_at") != null, rs.getLong("version")));
    }

    public Optional<PersonRecord> person(Long personId) {
        return jdbc.query("select * from person where id = :p", params(personId), (rs, n) -> new PersonRecord(
                rs.getLong("id"), rs.getString("full_name"), rs.getObject("date_of_birth", LocalDate.class),
                rs.getString("phone"), rs.getString("email"), rs.getString("address"), instant(rs, "created_at"),
                instant(rs, "anonymised_at"))).stream().findFirst();
    }

    public long version(Long personId) {
        Long version = jdbc.queryForObject("select version from person where id = :p", params(personId), Long.class);
        return version == null ? 0 : version;
    }

    private static MapSqlParameterSource params(Long personId) {
        return new MapSqlParameterSource("p", personId);
    }
}
