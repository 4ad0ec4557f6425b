package org.csucasework.dataprotection.internal;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.csucasework.dataprotection.DataProtectionEvent;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The record of retention runs, erasures and subject access exports: who, when, about whom (an id), and why. */
@Component
public class DataProtectionLog {

    private final JdbcTemplate jdbc;

    DataProtectionLog(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void record(DataProtectionEvent.Kind kind, Long personId, String reason, String detail, LocalDateTime at,
                       String actor) {
        jdbc.update("insert into data_protection_event (kind, person_id, reason, detail, occurred_at, actor)"
                + " values (?, ?, ?, ?, ?, ?)", kind.name(), personId, reason, detail, at, actor);
    }

    public List<DataProtectionEvent> recent(int limit) {
        return jdbc.query("select * from data_protection_event order by occurred_at desc, id desc limit ?",
                (rs, n) -> map(rs), limit);
    }

    public List<DataProtectionEvent> aboutPerson(Long personId) {
        return jdbc.query("select * from data_protection_event where person_id = ? order by occurred_at, id",
                (rs, n) -> map(rs), personId);
    }

    private static DataProtectionEvent map(java.sql.ResultSet rs) throws java.sql.SQLException {
        Number person = (Number) rs.getObject("person_id");
        return new DataProtectionEvent(rs.getLong("id"), DataProtectionEvent.Kind.valueOf(rs.getString("kind")),
                person == null ? null : person.longValue(), rs.getString("reason"), rs.getString("detail"),
                rs.getObject("occurred_at", LocalDateTime.class).toInstant(ZoneOffset.UTC), rs.getString("actor"));
    }
}
