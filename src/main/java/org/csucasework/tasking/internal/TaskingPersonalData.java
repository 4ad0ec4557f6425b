package org.csucasework.tasking.internal;

import static org.csucasework.shared.personaldata.ExportRows.instant;
import static org.csucasework.shared.personaldata.Overwrite.blank;
import static org.csucasework.shared.personaldata.Overwrite.scrub;
import static org.csucasework.shared.personaldata.RecordType.REPORT;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.csucasework.shared.personaldata.Erasure;
import org.csucasework.shared.personaldata.Naming;
import org.csucasework.shared.personaldata.PastRetention;
import org.csucasework.shared.personaldata.PersonalData;
import org.csucasework.shared.personaldata.RecordType;
import org.csucasework.shared.personaldata.SubjectAccess;
import org.csucasework.shared.personaldata.SubjectAccessRecords.ActionRecord;
import org.csucasework.shared.personaldata.SubjectAccessRecords.Note;
import org.csucasework.tasking.ActionOwnerKind;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The daily tasking's text about a report (referral reasons, review notes) and the actions of every owner: their
 * description and outcome. A referral names the person referred. (The actions move to the actions module with this
 * class.)
 */
@Component
class TaskingPersonalData implements PersonalData {

    /** Whose actions are whose: the action's owner kind of each record type that has actions. */
    private static final Map<RecordType, ActionOwnerKind> ACTION_OWNERS = Map.of(
            REPORT, ActionOwnerKind.REPORT,
            RecordType.TASK_GROUP, ActionOwnerKind.TASK_AND_FINISH_GROUP,
            RecordType.MARAC_REFERRAL, ActionOwnerKind.COMMUNITY_MARAC,
            RecordType.CASE_REVIEW, ActionOwnerKind.CASE_REVIEW);

    private final NamedParameterJdbcTemplate jdbc;

    TaskingPersonalData(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<String> columns() {
        return Set.of("referral.reason", "tasking_review.note", "action.description", "action.outcome");
    }

    @Override
    public List<Naming> namings() {
        return List.of(new Naming(REPORT, "select person_id, report_id as record_id from referral"
                + " where person_id is not null"));
    }

    @Override
    public void anonymise(PastRetention records) {
        ActionOwnerKind owner = ACTION_OWNERS.get(records.type());
        if (owner == null || records.ids().isEmpty()) {
            return;
        }
        if (records.type() == REPORT) {
            jdbc.update("update referral set reason = :marker where report_id in (:ids)", records.params());
            jdbc.update("update tasking_review set note = :marker where report_id in (:ids) and note is not null",
                    records.params());
        }
        jdbc.update("update action set description = :marker, outcome = " + blank("outcome")
                + ", version = version + 1 where owner_kind = :owner and owner_id in (:ids)",
                records.params().addValue("owner", owner.name()));
    }

    @Override
    public void erase(Erasure erasure) {
        if (!erasure.of(REPORT).isEmpty()) {
            jdbc.update("update referral set reason = " + scrub("reason") + " where report_id in (:ids)",
                    erasure.params(REPORT));
            jdbc.update("update tasking_review set note = " + scrub("note") + " where report_id in (:ids)",
                    erasure.params(REPORT));
        }
        ACTION_OWNERS.forEach((type, owner) -> {
            if (!erasure.of(type).isEmpty()) {
                jdbc.update("update action set description = " + scrub("description") + ", outcome = "
                        + scrub("outcome") + " where owner_kind = :owner and owner_id in (:ids)",
                        erasure.params(type).addValue("owner", owner.name()));
            }
        });
    }

    /** The referrals about the person (or of the whole report, not those naming someone else) and every action. */
    @Override
    public void export(SubjectAccess access) {
        for (long reportId : access.records(REPORT)) {
            access.referrals(reportId, jdbc.query("select referred_at, kind, reason from referral where report_id = :r"
                    + " and (person_id = :p or person_id is null) order by referred_at, id",
                    new MapSqlParameterSource("p", access.personId()).addValue("r", reportId), (rs, n) -> new Note(
                    instant(rs, "referred_at"), rs.getString("kind"), rs.getString("reason"))));
        }
        ACTION_OWNERS.forEach((type, owner) -> access.records(type).forEach(id -> access.actions(type, id,
                jdbc.query("select agency_code, description, due_date, status, outcome from action"
                        + " where owner_kind = :kind and owner_id = :id order by due_date, id",
                        new MapSqlParameterSource("kind", owner.name()).addValue("id", id),
                        (rs, n) -> new ActionRecord(rs.getString("agency_code"), rs.getString("description"),
                                rs.getObject("due_date", LocalDate.class), rs.getString("status"),
                                rs.getString("outcome"))))));
    }
}
