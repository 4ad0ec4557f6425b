package org.csucasework.taskgroups.internal;

import static org.csucasework.shared.personaldata.ExportRows.instant;
import static org.csucasework.shared.personaldata.ExportRows.notes;
import static org.csucasework.shared.personaldata.Overwrite.blank;
import static org.csucasework.shared.personaldata.Overwrite.scrub;
import static org.csucasework.shared.personaldata.RecordType.TASK_GROUP;

import java.util.List;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.csucasework.shared.personaldata.Erasure;
import org.csucasework.shared.personaldata.Naming;
import org.csucasework.shared.personaldata.PastRetention;
import org.csucasework.shared.personaldata.PersonalData;
import org.csucasework.shared.personaldata.SubjectAccess;
import org.csucasework.shared.personaldata.SubjectAccessRecords.GroupRecord;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** A Task and Finish Group's title, reasons, meeting minutes and site visits; a group names the person it is about. */
@Component
@RequiredArgsConstructor
class TaskGroupPersonalData implements PersonalData {

    private final NamedParameterJdbcTemplate jdbc;

    @Override
    public Set<String> columns() {
        return Set.of("task_group_report.reason", "task_group.title", "task_group.proposal_reason", "task_group.decision_note",
                "task_group.outcome_reason", "task_group_meeting.minutes", "site_visit.findings",
                "site_visit.follow_up");
    }

    @Override
    public List<Naming> namings() {
        return List.of(new Naming(TASK_GROUP, "select person_id, id as record_id from task_group"
                + " where person_id is not null"));
    }

    @Override
    public void anonymise(PastRetention records) {
        if (records.type() != TASK_GROUP || records.ids().isEmpty()) {
            return;
        }
        jdbc.update("update task_group set title = :marker, proposal_reason = :marker, decision_note = "
                + blank("decision_note") + ", outcome_reason = " + blank("outcome_reason")
                + ", anonymised_at = :at, version = version + 1 where id in (:ids)", records.params());
        jdbc.update("update task_group_meeting set minutes = :marker, version = version + 1"
                + " where group_id in (:ids) and minutes is not null", records.params());
        jdbc.update("update task_group_report set reason = :marker where group_id in (:ids)", records.params());
        jdbc.update("update site_visit set findings = :marker, follow_up = " + blank("follow_up")
                + ", version = version + 1 where group_id in (:ids)", records.params());
    }

    @Override
    public void erase(Erasure erasure) {
        if (erasure.of(TASK_GROUP).isEmpty()) {
            return;
        }
        jdbc.update("update task_group set title = " + scrub("title") + ", proposal_reason = " + scrub("proposal_reason")
                + ", decision_note = " + scrub("decision_note") + ", outcome_reason = " + scrub("outcome_reason")
                + ", version = version + 1 where id in (:ids)", erasure.params(TASK_GROUP));
        jdbc.update("update task_group_meeting set minutes = " + scrub("minutes") + " where group_id in (:ids)",
                erasure.params(TASK_GROUP));
        jdbc.update("update task_group_report set reason = " + scrub("reason") + " where group_id in (:ids)",
                erasure.params(TASK_GROUP));
    }

    /** The groups about the person, with their meetings' minutes. */
    @Override
    public void export(SubjectAccess access) {
        jdbc.query("select id, reference, title, status, proposal_reason, outcome, outcome_reason, closed_at"
                + " from task_group where person_id = :p order by proposed_at, id",
                new MapSqlParameterSource("p", access.personId()), (RowCallbackHandler) rs -> {
                    long id = rs.getLong("id");
                    GroupRecord partial = new GroupRecord(rs.getString("reference"), rs.getString("title"),
                            rs.getString("status"), rs.getString("proposal_reason"), rs.getString("outcome"),
                            rs.getString("outcome_reason"), instant(rs, "closed_at"), List.of(), List.of(), List.of());
                    access.reference(TASK_GROUP, id, partial.reference());
                    access.addGroup(() -> new GroupRecord(partial.reference(), partial.title(), partial.status(),
                            partial.proposalReason(), partial.outcome(), partial.outcomeReason(), partial.closedAt(),
                            notes(jdbc, "select scheduled_at as at, kind, minutes as text from task_group_meeting"
                                    + " where group_id = :id order by meeting_date, id", id),
                            access.actions(TASK_GROUP, id), access.timeline(TASK_GROUP, id)));
                });
    }
}
