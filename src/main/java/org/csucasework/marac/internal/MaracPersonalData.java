package org.csucasework.marac.internal;

import static org.csucasework.shared.personaldata.ExportRows.instant;
import static org.csucasework.shared.personaldata.Overwrite.scrub;
import static org.csucasework.shared.personaldata.RecordType.MARAC_REFERRAL;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.csucasework.shared.personaldata.Erasure;
import org.csucasework.shared.personaldata.Naming;
import org.csucasework.shared.personaldata.PersonalData;
import org.csucasework.shared.personaldata.SubjectAccess;
import org.csucasework.shared.personaldata.SubjectAccessRecords.MaracDecision;
import org.csucasework.shared.personaldata.SubjectAccessRecords.MaracRecord;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Community MARAC referrals naming a person (alone or as a family member), their meetings' notes and decisions.
 * A referral has no retention period yet: it is never anonymised, and keeps the people it names.
 */
@Component
@RequiredArgsConstructor
class MaracPersonalData implements PersonalData {

    private final NamedParameterJdbcTemplate jdbc;

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

    /**
     * The Community MARAC referrals naming the person, drafts included (they are held too). Only the referral's own
     * columns and the person's place in it are read: never the other people of a family referral, nor the risk
     * summary and history written about them all.
     */
    @Override
    public void export(SubjectAccess access) {
        record Row(long id, int position, MaracRecord partial) {
        }
        List<Row> rows = jdbc.query("select r.id, rp.position, r.reference, r.status, r.subject_kind, r.lawful_basis,"
                + " r.referrer_agency_code, r.created_at, r.submitted_at, r.screened_at, r.accepted_at, r.closed_at,"
                + " r.close_reason from marac_referral r join marac_referral_person rp on rp.referral_id = r.id"
                + " where rp.person_id = :p order by r.created_at, r.id", new MapSqlParameterSource("p", access.personId()), (rs, n) -> new Row(
                rs.getLong("id"), rs.getInt("position"), new MaracRecord(rs.getString("reference"),
                rs.getString("status"), rs.getString("subject_kind"), null, List.of(), rs.getString("lawful_basis"),
                rs.getString("referrer_agency_code"), instant(rs, "created_at"), instant(rs, "submitted_at"),
                instant(rs, "screened_at"), instant(rs, "accepted_at"), instant(rs, "closed_at"),
                rs.getString("close_reason"), List.of(), List.of())));
        for (Row row : rows) {
            MapSqlParameterSource q = new MapSqlParameterSource("id", row.id());
            MaracRecord partial = row.partial();
            String role = "FAMILY".equals(partial.subjectKind())
                    ? (row.position() == 0 ? "MAIN_FAMILY_MEMBER" : "FAMILY_MEMBER") : "SUBJECT";
            List<String> criteria = jdbc.query("select c.criterion_code, m.label from marac_referral_criterion c"
                    + " left join marac_criterion m on m.code = c.criterion_code where c.referral_id = :id"
                    + " order by c.criterion_code", q, (rs, n) -> rs.getString("label") == null
                    ? rs.getString("criterion_code") : rs.getString("label"));
            List<MaracDecision> decisions = jdbc.query("select m.meeting_date, a.carried_over, a.decision,"
                    + " a.decision_note, a.decided_at from marac_agenda_item a join marac_meeting m"
                    + " on m.id = a.meeting_id where a.referral_id = :id order by m.meeting_date, a.id", q,
                    (rs, n) -> new MaracDecision(rs.getObject("meeting_date", LocalDate.class),
                            rs.getBoolean("carried_over"), rs.getString("decision"), rs.getString("decision_note"),
                            instant(rs, "decided_at")));
            access.reference(MARAC_REFERRAL, row.id(), partial.reference());
            access.addMaracReferral(() -> new MaracRecord(partial.reference(), partial.status(),
                    partial.subjectKind(), role, criteria, partial.lawfulBasis(), partial.referrerAgency(),
                    partial.draftedAt(), partial.submittedAt(), partial.screenedAt(), partial.acceptedAt(),
                    partial.closedAt(), partial.closeReason(), decisions, access.actions(MARAC_REFERRAL, row.id())));
        }
    }
}
