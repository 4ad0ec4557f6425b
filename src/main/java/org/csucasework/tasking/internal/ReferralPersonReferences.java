package org.csucasework.tasking.internal;

import org.csucasework.people.TablePersonReferences;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** Referrals made at the daily tasking move with a merge or split of their person (decision 0020). */
@Component
class ReferralPersonReferences extends TablePersonReferences {

    ReferralPersonReferences(NamedParameterJdbcTemplate jdbc) {
        super(jdbc, "tasking-referral", "referral", "person_id", "report_id", false);
    }
}
