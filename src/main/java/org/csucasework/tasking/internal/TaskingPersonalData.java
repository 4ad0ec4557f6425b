package org.csucasework.tasking.internal;

import static org.csucasework.shared.personaldata.ExportRows.instant;
import static org.csucasework.shared.personaldata.Overwrite.scrub;
import static org.csucasework.shared.personaldata.RecordType.REPORT;

import java.util.List;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.csucasework.shared.personaldata.Erasure;
import org.csucasework.shared.personaldata.Naming;
import org.csucasework.shared.personaldata.PastRetention;
import org.csucasework.shared.personaldata.PersonalData;
import org.csucasework.shared.personaldata.SubjectAccess;
import org.csucasework.shared.personaldata.SubjectAccessRecords.Note;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The daily tasking's text about a report: referral reasons and review notes (a report's actions are the actions
 * module's). A referral names the person referred.
 */
@Component
@RequiredArgsConstructor
class TaskingPersonalData implements PersonalData {

    private final NamedParameterJdbcTemplate jdbc;

    @Override
    public Set<String> columns() {
        return Set.of("referral.reason", "tasking_review.note", "tasking_meeting.minutes");
    }

    @Override
    public List<Naming> namings() {
        return List.of(new Naming(REPORT, "select person_id, report_id as record_id from referral"
                + " where person_id is not null"));
    }

    @Override
    public void anonymise(PastRetention records) {
        if (records.type() != REPORT || records.ids().isEmpty()) {
            return;
        }
        jdbc.update("update referral set reason = :marker where report_id in (:ids)", records.params());
        jdbc.update("update tasking_review set note = :marker where report_id in (:ids) and note is not null",
                records.params());
    }

    @Override
    public void erase(Erasure erasure) {
        // The daily meeting's minutes belong to no one record (and are kept as the meeting's account), but may name
        // the person: their name comes out of every meeting's minutes.
        jdbc.update("update tasking_meeting set minutes = " + scrub("minutes")
                + " where position(:name in minutes) > 0", erasure.params(REPORT));
        if (!erasure.of(REPORT).isEmpty()) {
            jdbc.update("update referral set reason = " + scrub("reason") + " where report_id in (:ids)",
                    erasure.params(REPORT));
            jdbc.update("update tasking_review set note = " + scrub("note") + " where report_id in (:ids)",
                    erasure.params(REPORT));
        }
    }

    /** The referrals about the person (or of the whole report, not those naming someone else). */
    @Override
    public void export(SubjectAccess access) {
        for (long reportId : access.records(REPORT)) {
            access.referrals(reportId, jdbc.query("select referred_at, kind, reason from referral where report_id = :r"
                    + " and (person_id = :p or person_id is null) order by referred_at, id",
                    new MapSqlParameterSource("p", access.personId()).addValue("r", reportId), (rs, n) -> new Note(
                    instant(rs, "referred_at"), rs.getString("kind"), rs.getString("reason"))));
        }
    }
}
