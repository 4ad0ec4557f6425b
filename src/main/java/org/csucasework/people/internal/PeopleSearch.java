package org.csucasework.people.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.csucasework.people.MatchKeys;
import org.csucasework.people.NameMatch;
import org.csucasework.shared.DatabaseVendor;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Finds people by any part of their name, allowing a letter wrong in a word, and places by part of their address
 * (decision 0019). On PostgreSQL: a part of the name through the trigram index on {@code name_key}; a word with a
 * letter wrong by first finding the words on record within that distance in {@code person_name_word} (a small table
 * of distinct name words that a trigger keeps) and then the people with those words through the index on the name's
 * words. On H2 a plain LIKE on the part typed.
 */
@Component
@RequiredArgsConstructor
public class PeopleSearch {

    /** The most query words matched one by one; more words than this are matched as typed only. */
    private static final int MAX_WORDS = 4;

    private final NamedParameterJdbcTemplate jdbc;
    private final DatabaseVendor vendor;

    /** People whose name contains the text, then those whose name has each word typed within a letter. */
    public List<NameMatch> people(String text, int limit) {
        String key = MatchKeys.of(text);
        if (key.length() < 3) {
            return List.of();
        }
        MapSqlParameterSource params = new MapSqlParameterSource("contains", "%" + escape(key) + "%")
                .addValue("limit", limit);
        StringBuilder sql = new StringBuilder("select id, full_name, name_key like :contains as exact from person "
                + "where name_key like :contains");
        if (vendor.isPostgreSql()) {
            List<String> words = Arrays.stream(key.split(" ")).distinct().limit(MAX_WORDS).toList();
            List<String> conditions = new ArrayList<>();
            for (int i = 0; i < words.size(); i++) {
                params.addValue("w" + i, String.join(" ", nearWords(words.get(i))));
                conditions.add("string_to_array(name_key, ' ') && string_to_array(:w" + i + ", ' ')");
            }
            sql.append(" or (").append(String.join(" and ", conditions)).append(")");
        }
        sql.append(" order by exact desc, id desc limit :limit");
        return jdbc.query(sql.toString(), params,
                (rs, i) -> new NameMatch(rs.getLong("id"), rs.getString("full_name"), rs.getBoolean("exact")));
    }

    /** Places whose address or name contains the text. */
    public List<NameMatch> places(String text, int limit) {
        String key = MatchKeys.of(text);
        if (key.length() < 3) {
            return List.of();
        }
        return jdbc.query("select id, label from place where label_key like :contains order by id desc limit :limit",
                new MapSqlParameterSource("contains", "%" + escape(key) + "%").addValue("limit", limit),
                (rs, i) -> new NameMatch(rs.getLong("id"), rs.getString("label"), true));
    }

    /**
     * The word and the name words on record within one letter of it (a letter changed, added or left out); two for
     * long words, where a swapped pair of letters is two. Short words are taken as typed: "al" is within a letter of
     * too many names to mean anything.
     */
    private Set<String> nearWords(String word) {
        Set<String> near = new LinkedHashSet<>();
        near.add(word);
        int distance = word.length() < 4 ? 0 : word.length() < 8 ? 1 : 2;
        if (distance > 0) {
            near.addAll(jdbc.queryForList("select word from person_name_word where length(word) between :shortest "
                            + "and :longest and levenshtein_less_equal(word, :word, :distance) <= :distance",
                    new MapSqlParameterSource("word", word).addValue("distance", distance)
                            .addValue("shortest", word.length() - distance)
                            .addValue("longest", word.length() + distance), String.class));
        }
        return near;
    }

    /** Match keys hold letters, digits and spaces only, so LIKE's wildcards cannot be in them; kept for safety. */
    private static String escape(String key) {
        return key.replace("\\", "").replace("%", "").replace("_", "");
    }
}
