package org.csucasework.shared.personaldata;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.csucasework.shared.personaldata.SubjectAccessRecords.Note;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/** Reading rows into a subject access export's records, alike in every module. */
public final class ExportRows {

    private ExportRows() {
    }

    /** A timestamp column as the instant it is (timestamps are stored in UTC). */
    public static Instant instant(ResultSet rs, String column) throws SQLException {
        LocalDateTime value = rs.getObject(column, LocalDateTime.class);
        return value == null ? null : value.toInstant(ZoneOffset.UTC);
    }

    /** Notes from {@code sql}, which selects {@code at}, {@code kind} and {@code text} of the record {@code :id}. */
    public static List<Note> notes(NamedParameterJdbcTemplate jdbc, String sql, long id) {
        return jdbc.query(sql, new MapSqlParameterSource("id", id),
                (rs, n) -> new Note(instant(rs, "at"), rs.getString("kind"), rs.getString("text")));
    }
}
