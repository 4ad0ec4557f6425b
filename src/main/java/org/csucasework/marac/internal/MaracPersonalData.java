package org.csucasework.marac.internal;

import static org.csucasework.shared.personaldata.Overwrite.scrub;
import static org.csucasework.shared.personaldata.RecordType.MARAC_REFERRAL;

import java.util.List;
import java.util.Set;
import org.csucasework.shared.personaldata.Erasure;
import org.csucasework.shared.personaldata.Naming;
import org.csucasework.shared.personaldata.PersonalData;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Community MARAC referrals naming a person (alone or as a family member), their meetings' notes and decisions.
 * A referral has no retention period yet: it is never anonymised, and keeps the people it names.
 */
@Component
class MaracPersonalData implements PersonalData {

    private final NamedParameterJdbcTemplate jdbc;

    MaracPersonalData(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<String> columns() {
        return Set.of("marac_referral.family_name", "marac_referral.risk_summary", "marac_referral.history_to_bring",
                "marac_referral.lawful_basis_note", "marac_referral.screening_note", "marac_referral.close_reason",
                "marac_agenda_item.decision_note", "marac_meeting.minutes");
    }

    @Override
    public List<Naming> namings() {
        return List.of(new Naming(MARAC_REFERRAL, "select person_id, referral_id as record_id"
                + " from marac_referral_person"));
    }

    @Override
    public void erase(Erasure erasure) {
        if (erasure.of(MARAC_REFERRAL).isEmpty()) {
            return;
        }
        MapSqlParameterSource p = erasure.params(MARAC_REFERRAL);
        jdbc.update("update marac_referral set family_name = " + scrub("family_name") + ", risk_summary = "
                + scrub("risk_summary") + ", history_to_bring = " + scrub("history_to_bring") + ", lawful_basis_note = "
                + scrub("lawful_basis_note") + ", screening_note = " + scrub("screening_note") + ", close_reason = "
                + scrub("close_reason") + ", version = version + 1 where id in (:ids)", p);
        jdbc.update("update marac_agenda_item set decision_note = " + scrub("decision_note")
                + " where referral_id in (:ids)", p);
        jdbc.update("update marac_meeting set minutes = " + scrub("minutes") + " where id in (select a.meeting_id from"
                + " marac_agenda_item a where a.referral_id in (:ids))", p);
    }
}
