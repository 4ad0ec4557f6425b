package org.csucasework.escalation.internal;

import org.csucasework.people.TablePersonReferences;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** Escalation cases about a person move with a merge of that person (decision 0020). */
@Component
class EscalationPersonReferences extends TablePersonReferences {

    EscalationPersonReferences(NamedParameterJdbcTemplate jdbc) {
        super(jdbc, "escalation-case", "escalation_case", "person_id", null, true);
    }
}
