package org.csucasework.shared.personaldata;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/** A batch of records of one type past retention, to be anonymised at {@code at} (UTC). */
public record PastRetention(RecordType type, List<Long> ids, LocalDateTime at) {

    public PastRetention {
        ids = List.copyOf(ids);
    }

    /** {@code :ids}, {@code :at} and {@code :marker} (what replaces free text) for the SQL of {@link Overwrite}. */
    public MapSqlParameterSource params() {
        return new MapSqlParameterSource(Map.of("ids", ids, "at", at, "marker", PersonalData.ANONYMISED));
    }
}
