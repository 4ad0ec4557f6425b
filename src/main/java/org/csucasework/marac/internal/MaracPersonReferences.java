package org.csucasework.marac.internal;

import java.util.Collection;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.csucasework.people.PersonReferences;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Community MARAC referrals' people move with a merge of their person (decision 0020). A row is named by its
 * referral and position ("12:0"), the table's key.
 */
@Component
@RequiredArgsConstructor
class MaracPersonReferences implements PersonReferences {

    private final NamedParameterJdbcTemplate jdbc;

    @Override
    public String name() {
        return "marac";
    }

    @Override
    public List<String> move(Long from, Long to, Collection<Long> reportIds) {
        if (reportIds != null) {
            return List.of(); // a referral is about the person, not about some of their reports
        }
        List<String> tokens = jdbc.query("select referral_id, position from marac_referral_person where person_id = :from",
                new MapSqlParameterSource("from", from), (rs, n) -> rs.getLong(1) + ":" + rs.getInt(2));
        jdbc.update("update marac_referral_person set person_id = :to where person_id = :from",
                new MapSqlParameterSource("from", from).addValue("to", to));
        return tokens;
    }

    @Override
    public void moveBack(Collection<String> tokens, Long to) {
        for (String token : tokens) {
            String[] parts = token.split(":");
            jdbc.update("update marac_referral_person set person_id = :to where referral_id = :referral"
                    + " and position = :position", new MapSqlParameterSource("to", to)
                    .addValue("referral", Long.valueOf(parts[0])).addValue("position", Integer.valueOf(parts[1])));
        }
    }
}
