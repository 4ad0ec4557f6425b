package org.csucasework.shared.personaldata;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * The erasure of one person at {@code at} (UTC): their name as recorded, the version of their record the user looked
 * at, and the records naming them ({@link Naming}), found before anything is changed.
 */
public record Erasure(long personId, long expectedVersion, String fullName, LocalDateTime at,
                      Map<RecordType, List<Long>> records) {

    public Erasure {
        records = Map.copyOf(records);
    }

    /** The ids of the person's records of one type, none when they are in none. */
    public List<Long> of(RecordType type) {
        return records.getOrDefault(type, List.of());
    }

    /**
     * {@code :person}, {@code :name}, {@code :erased} and {@code :at} for the SQL of {@link Overwrite}, and {@code :ids}
     * the person's records of {@code type}.
     */
    public MapSqlParameterSource params(RecordType type) {
        return new MapSqlParameterSource("person", personId).addValue("name", fullName)
                .addValue("erased", PersonalData.ERASED).addValue("at", at).addValue("version", expectedVersion)
                .addValue("ids", of(type));
    }
}
