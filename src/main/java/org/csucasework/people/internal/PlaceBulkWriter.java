package org.csucasework.people.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.csucasework.people.MatchKeys;
import org.csucasework.people.PlaceDraft;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Matches and records places by the thousand for historic imports: set-based look-ups and multi-row inserts, so that
 * an import of 100,000 reports does not cost 100,000 round trips. The matching rule is {@code resolvePlace}'s: the
 * address key ({@link MatchKeys}); the oldest place with a key wins.
 */
@Component
@RequiredArgsConstructor
public class PlaceBulkWriter {

    private static final int LOOKUP_CHUNK = 1_000;
    private static final int INSERT_CHUNK = 500;

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;

    /** The place id for each address key of the drafts, recording the places not yet on record. */
    public Map<String, Long> resolve(Collection<PlaceDraft> drafts, Instant now) {
        Map<String, PlaceDraft> byKey = new LinkedHashMap<>();
        for (PlaceDraft draft : drafts) {
            if (draft.label() != null && !draft.label().isBlank()) {
                byKey.putIfAbsent(MatchKeys.of(draft.label()), draft);
            }
        }
        Map<String, Long> ids = find(byKey.keySet());
        List<PlaceDraft> missing = byKey.entrySet().stream()
                .filter(entry -> !ids.containsKey(entry.getKey())).map(Map.Entry::getValue).toList();
        if (!missing.isEmpty()) {
            insert(missing, now);
            ids.putAll(find(missing.stream().map(draft -> MatchKeys.of(draft.label())).toList()));
        }
        return ids;
    }

    private Map<String, Long> find(Collection<String> keys) {
        Map<String, Long> ids = new HashMap<>();
        List<String> all = new ArrayList<>(keys);
        for (int start = 0; start < all.size(); start += LOOKUP_CHUNK) {
            List<String> chunk = all.subList(start, Math.min(all.size(), start + LOOKUP_CHUNK));
            named.query("select label_key, min(id) as id from place where label_key in (:keys) group by label_key",
                    new MapSqlParameterSource("keys", chunk),
                    rs -> {
                        ids.put(rs.getString("label_key"), rs.getLong("id"));
                    });
        }
        return ids;
    }

    private void insert(List<PlaceDraft> places, Instant now) {
        Timestamp createdAt = Timestamp.valueOf(LocalDateTime.ofInstant(now, ZoneOffset.UTC));
        for (int start = 0; start < places.size(); start += INSERT_CHUNK) {
            List<PlaceDraft> chunk = places.subList(start, Math.min(places.size(), start + INSERT_CHUNK));
            StringBuilder sql = new StringBuilder(
                    "insert into place (label, label_key, ward_code, created_at, version) values ");
            List<Object> args = new ArrayList<>(chunk.size() * 4);
            for (int i = 0; i < chunk.size(); i++) {
                sql.append(i == 0 ? "" : ",").append("(?, ?, ?, ?, 0)");
                PlaceDraft draft = chunk.get(i);
                args.add(draft.label().trim());
                args.add(MatchKeys.of(draft.label()));
                args.add(draft.wardCode() == null || draft.wardCode().isBlank() ? null : draft.wardCode().trim());
                args.add(createdAt);
            }
            jdbc.update(sql.toString(), args.toArray());
        }
    }
}
