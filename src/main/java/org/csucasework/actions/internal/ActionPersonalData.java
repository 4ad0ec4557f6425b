package org.csucasework.actions.internal;

import static org.csucasework.shared.personaldata.Overwrite.blank;
import static org.csucasework.shared.personaldata.Overwrite.scrub;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.csucasework.actions.ActionOwnerKind;
import org.csucasework.shared.personaldata.Erasure;
import org.csucasework.shared.personaldata.Naming;
import org.csucasework.shared.personaldata.PastRetention;
import org.csucasework.shared.personaldata.PersonalData;
import org.csucasework.shared.personaldata.RecordType;
import org.csucasework.shared.personaldata.SubjectAccess;
import org.csucasework.shared.personaldata.SubjectAccessRecords.ActionRecord;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The actions of every owner: their description and outcome are anonymised, erased and exported with the record
 * that owns them. An action names nobody by itself (its owner does).
 */
@Component
@RequiredArgsConstructor
class ActionPersonalData implements PersonalData {

    /** Whose actions are whose: the action's owner kind of each record type that has actions. */
    private static final Map<RecordType, ActionOwnerKind> ACTION_OWNERS = Map.of(
            RecordType.REPORT, ActionOwnerKind.REPORT,
            RecordType.TASK_GROUP, ActionOwnerKind.TASK_AND_FINISH_GROUP,
            RecordType.MARAC_REFERRAL, ActionOwnerKind.COMMUNITY_MARAC,
            RecordType.CASE_REVIEW, ActionOwnerKind.CASE_REVIEW);

    private final NamedParameterJdbcTemplate jdbc;

    @Override
    public Set<String> columns() {
        return Set.of("action.description", "action.outcome");
    }

    @Override
    public List<Naming> namings() {
        return List.of();
    }

    @Override
    public void anonymise(PastRetention records) {
        ActionOwnerKind owner = ACTION_OWNERS.get(records.type());
        if (owner == null || records.ids().isEmpty()) {
            return;
        }
        jdbc.update("update action set description = :marker, outcome = " + blank("outcome")
                + ", version = version + 1 where owner_kind = :owner and owner_id in (:ids)",
                records.params().addValue("owner", owner.name()));
    }

    @Override
    public void erase(Erasure erasure) {
        ACTION_OWNERS.forEach((type, owner) -> {
            if (!erasure.of(type).isEmpty()) {
                jdbc.update("update action set description = " + scrub("description") + ", outcome = "
                        + scrub("outcome") + " where owner_kind = :owner and owner_id in (:ids)",
                        erasure.params(type).addValue("owner", owner.name()));
            }
        });
    }

    /** Every action of every record of the person's. */
    @Override
    public void export(SubjectAccess access) {
        ACTION_OWNERS.forEach((type, owner) -> access.records(type).forEach(id -> access.actions(type, id,
                jdbc.query("select agency_code, description, due_date, status, outcome from action"
                        + " where owner_kind = :kind and owner_id = :id order by due_date, id",
                        new MapSqlParameterSource("kind", owner.name()).addValue("id", id),
                        (rs, n) -> new ActionRecord(rs.getString("agency_code"), rs.getString("description"),
                                rs.getObject("due_date", LocalDate.class), rs.getString("status"),
                                rs.getString("outcome"))))));
    }
}
