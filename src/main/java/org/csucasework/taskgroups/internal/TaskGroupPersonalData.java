package org.csucasework.taskgroups.internal;

import static org.csucasework.shared.personaldata.Overwrite.blank;
import static org.csucasework.shared.personaldata.Overwrite.scrub;
import static org.csucasework.shared.personaldata.RecordType.TASK_GROUP;

import java.util.List;
import java.util.Set;
import org.csucasework.shared.personaldata.Erasure;
import org.csucasework.shared.personaldata.Naming;
import org.csucasework.shared.personaldata.PastRetention;
import org.csucasework.shared.personaldata.PersonalData;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** A Task and Finish Group's title, reasons, meeting minutes and site visits; a group names the person it is about. */
@Component
class TaskGroupPersonalData implements PersonalData {

    private final NamedParameterJdbcTemplate jdbc;

    TaskGroupPersonalData(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<String> columns() {
        return Set.of("task_group.title", "task_group.proposal_reason", "task_group.decision_note",
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
    }
}
