package org.csucasework.dataprotection.internal;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.csucasework.audit.AuditAction;
import org.csucasework.audit.AuditRecordType;
import org.csucasework.audit.AuditTrail;
import org.csucasework.dataprotection.DataProtectionEvent;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The record of retention runs, erasures and subject access exports: who, when, about whom (an id), and why. Each is
 * also written to the audit trail, so that one search there shows everything done with a person's record.
 */
@Component
@RequiredArgsConstructor
public class DataProtectionLog {

    private final JdbcTemplate jdbc;
    private final AuditTrail audit;

    public void record(DataProtectionEvent.Kind kind, Long personId, String reason, String detail, LocalDateTime at,
                       String actor) {
        jdbc.update("insert into data_protection_event (kind, person_id, reason, detail, occurred_at, actor)"
                + " values (?, ?, ?, ?, ?, ?)", kind.name(), personId, reason, detail, at, actor);
        String why = reason == null ? detail : reason;
        switch (kind) {
            case RETENTION_RUN -> audit.record(AuditAction.CHANGE, AuditRecordType.RETENTION_RUN, null, why);
            case ERASURE -> audit.record(AuditAction.CHANGE, AuditRecordType.PERSON, personId,
                    "Erased: " + why);
            case SUBJECT_ACCESS_EXPORT -> audit.record(AuditAction.EXPORT, AuditRecordType.PERSON, personId,
                    "Subject access export: " + why);
        }
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
