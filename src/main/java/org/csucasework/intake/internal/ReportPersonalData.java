package org.csucasework.intake.internal;

import static org.csucasework.shared.personaldata.ExportRows.instant;
import static org.csucasework.shared.personaldata.Overwrite.blank;
import static org.csucasework.shared.personaldata.Overwrite.scrub;
import static org.csucasework.shared.personaldata.RecordType.REPORT;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.csucasework.shared.personaldata.Erasure;
import org.csucasework.shared.personaldata.Naming;
import org.csucasework.shared.personaldata.PastRetention;
import org.csucasework.shared.personaldata.PersonalData;
import org.csucasework.shared.personaldata.SubjectAccess;
import org.csucasework.shared.personaldata.SubjectAccessRecords.ReportRecord;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** A report's description, outcome note and the reasons it was shared; a report names its reporter and subjects. */
@Component
@RequiredArgsConstructor
class ReportPersonalData implements PersonalData {

    private final NamedParameterJdbcTemplate jdbc;

    @Override
    public Set<String> columns() {
        return Set.of("report.description", "report.outcome_note", "report_share.reason");
    }

    @Override
    public List<Naming> namings() {
        return List.of(new Naming(REPORT, "select reporter_person_id as person_id, id as record_id from report"
                + " where reporter_person_id is not null"
                + " union all select person_id, report_id from report_subject where person_id is not null"));
    }

    @Override
    public void anonymise(PastRetention records) {
        if (records.type() == REPORT && !records.ids().isEmpty()) {
            jdbc.update("update report set description = " + blank("description") + ", outcome_note = "
                    + blank("outcome_note") + ", anonymised_at = :at, version = version + 1 where id in (:ids)",
                    records.params());
            jdbc.update("update report_share set reason = :marker where report_id in (:ids)", records.params());
        }
    }

    @Override
    public void erase(Erasure erasure) {
        if (!erasure.of(REPORT).isEmpty()) {
            jdbc.update("update report set description = " + scrub("description") + ", outcome_note = "
                    + scrub("outcome_note") + ", version = version + 1 where id in (:ids)", erasure.params(REPORT));
            jdbc.update("update report_share set reason = " + scrub("reason") + " where report_id in (:ids)",
                    erasure.params(REPORT));
        }
    }

    /** The reports the person is in, with their part in each; the other subjects and reporters are never selected. */
    @Override
    public void export(SubjectAccess access) {
        Long personId = access.personId();
        MapSqlParameterSource p = new MapSqlParameterSource("p", personId);
        record Row(long id, ReportRecord partial, boolean reporter) {
        }
        List<Row> rows = jdbc.query("select r.id, r.reference, r.received_at, r.category_code, r.ward_code,"
                + " pl.label as place, r.status, r.description, r.outcome_code, r.outcome_note, r.closed_at,"
                + " r.reporter_person_id from report r left join place pl on pl.id = r.place_id"
                + " where r.reporter_person_id = :p or r.id in (select s.report_id from report_subject s where"
                + " s.person_id = :p) or r.id in (select f.report_id from referral f where f.person_id = :p)"
                + " order by r.received_at, r.id", p, (rs, n) -> new Row(rs.getLong("id"), new ReportRecord(
                rs.getString("reference"), instant(rs, "received_at"), rs.getString("category_code"),
                rs.getString("ward_code"), rs.getString("place"), List.of(), rs.getString("status"),
                rs.getString("description"), rs.getString("outcome_code"), rs.getString("outcome_note"),
                instant(rs, "closed_at"), List.of(), List.of(), List.of()),
                personId.equals(rs.getObject("reporter_person_id", Long.class))));
        for (Row row : rows) {
            List<String> roles = new ArrayList<>();
            if (row.reporter()) {
                roles.add("REPORTER");
            }
            roles.addAll(jdbc.queryForList("select role from report_subject where report_id = :r and person_id = :p"
                    + " order by id", new MapSqlParameterSource("p", personId).addValue("r", row.id()), String.class));
            ReportRecord partial = row.partial();
            access.reference(REPORT, row.id(), partial.reference());
            access.addReport(() -> new ReportRecord(partial.reference(), partial.receivedAt(), partial.category(),
                    partial.ward(), partial.place(), roles, partial.status(), partial.description(), partial.outcome(),
                    partial.outcomeNote(), partial.closedAt(), access.referrals(row.id()),
                    access.actions(REPORT, row.id()), access.timeline(REPORT, row.id())));
        }
    }
}
