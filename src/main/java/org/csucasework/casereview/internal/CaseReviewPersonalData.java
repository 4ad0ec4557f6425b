package org.csucasework.casereview.internal;

import static org.csucasework.shared.personaldata.ExportRows.instant;
import static org.csucasework.shared.personaldata.Overwrite.scrub;
import static org.csucasework.shared.personaldata.RecordType.CASE_REVIEW;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.csucasework.shared.personaldata.Erasure;
import org.csucasework.shared.personaldata.Naming;
import org.csucasework.shared.personaldata.PersonalData;
import org.csucasework.shared.personaldata.SubjectAccess;
import org.csucasework.shared.personaldata.SubjectAccessRecords.CaseReviewRecord;
import org.csucasework.shared.personaldata.SubjectAccessRecords.Note;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * ASB Case Reviews: the applicant's contact details, the application, decisions, complaints and what agencies brought.
 * A review names its applicant, its victim and its complainants; it has no retention period yet, so it is never
 * anonymised and keeps the people it names.
 */
@Component
@RequiredArgsConstructor
class CaseReviewPersonalData implements PersonalData {

    private final NamedParameterJdbcTemplate jdbc;

    @Override
    public Set<String> columns() {
        return Set.of("case_review.applicant_name", "case_review.applicant_phone", "case_review.applicant_email",
                "case_review.applicant_address", "case_review.description", "case_review.consent_note",
                "case_review.decision_reason", "case_review.outcome", "case_review.escalation_reason",
                "case_review.escalation_result", "case_review_complaint.description",
                "case_review_complaint.exclusion_reason", "case_review_information.information");
    }

    @Override
    public List<Naming> namings() {
        return List.of(new Naming(CASE_REVIEW, "select applicant_person_id as person_id, id as record_id"
                + " from case_review where applicant_person_id is not null"
                + " union all select victim_person_id, id from case_review where victim_person_id is not null"
                + " union all select complainant_person_id, case_review_id from case_review_complaint"
                + " where complainant_person_id is not null"));
    }

    /**
     * Their contact details where they applied, their name out of the application, the decisions, the complaints,
     * what agencies brought and the recommendations.
     */
    @Override
    public void erase(Erasure erasure) {
        MapSqlParameterSource p = erasure.params(CASE_REVIEW);
        jdbc.update("update case_review set applicant_name = :erased, applicant_phone = null, applicant_email = null,"
                + " applicant_address = null where applicant_person_id = :person", p);
        if (erasure.of(CASE_REVIEW).isEmpty()) {
            return;
        }
        jdbc.update("update case_review set description = " + scrub("description") + ", consent_note = "
                + scrub("consent_note") + ", decision_reason = " + scrub("decision_reason") + ", outcome = "
                + scrub("outcome") + ", escalation_reason = " + scrub("escalation_reason") + ", escalation_result = "
                + scrub("escalation_result") + ", version = version + 1 where id in (:ids)", p);
        jdbc.update("update case_review_complaint set description = " + scrub("description") + ", exclusion_reason = "
                + scrub("exclusion_reason") + " where case_review_id in (:ids)", p);
        jdbc.update("update case_review_information set information = " + scrub("information")
                + " where case_review_id in (:ids)", p);
    }

    /**
     * The reviews the person is part of. The applicant's contact details only when they applied; a complaint in full
     * only when they made it.
     */
    @Override
    public void export(SubjectAccess access) {
        Long personId = access.personId();
        record Row(long id, CaseReviewRecord partial) {
        }
        List<Row> rows = jdbc.query("select v.id, v.reference, v.applicant_kind, v.applicant_person_id, v.victim_person_id,"
                + " v.applicant_name, v.applicant_phone, v.applicant_email, v.applicant_address, v.applied_on, v.status,"
                + " v.description, v.threshold_met, v.decision_reason, v.outcome, v.escalation_reason,"
                + " v.escalation_result, v.closed_at, exists (select 1 from case_review_complaint c"
                + " where c.case_review_id = v.id and c.complainant_person_id = :p) as complained from case_review v"
                + " where v.applicant_person_id = :p or v.victim_person_id = :p or v.id in (select c.case_review_id"
                + " from case_review_complaint c where c.complainant_person_id = :p) order by v.applied_on, v.id",
                new MapSqlParameterSource("p", personId), (rs, n) -> {
                    boolean applicant = personId.equals(rs.getObject("applicant_person_id", Long.class));
                    List<String> roles = new ArrayList<>();
                    if (applicant) {
                        roles.add("APPLICANT");
                    }
                    if (personId.equals(rs.getObject("victim_person_id", Long.class))) {
                        roles.add("VICTIM");
                    }
                    if (rs.getBoolean("complained")) {
                        roles.add("COMPLAINANT");
                    }
                    Object met = rs.getObject("threshold_met");
                    return new Row(rs.getLong("id"), new CaseReviewRecord(rs.getString("reference"), roles,
                            rs.getString("applicant_kind"), applicant ? rs.getString("applicant_name") : null,
                            applicant ? rs.getString("applicant_phone") : null,
                            applicant ? rs.getString("applicant_email") : null,
                            applicant ? rs.getString("applicant_address") : null,
                            rs.getObject("applied_on", LocalDate.class), rs.getString("status"),
                            rs.getString("description"), met == null ? null : rs.getBoolean("threshold_met"),
                            rs.getString("decision_reason"), rs.getString("outcome"),
                            rs.getString("escalation_reason"), rs.getString("escalation_result"),
                            instant(rs, "closed_at"), List.of(), List.of(), List.of()));
                });
        // A complaint is shown in full only when the person made it; others' complaints by their date alone.
        for (Row row : rows) {
            CaseReviewRecord r = row.partial();
            List<Note> complaints = jdbc.query("select c.complained_on, c.description, c.complainant_person_id,"
                    + " c.report_id from case_review_complaint c where c.case_review_id = :id order by c.complained_on,"
                    + " c.id", new MapSqlParameterSource("id", row.id()), (rs, n) -> new Note(
                    Optional.ofNullable(rs.getObject("complained_on", LocalDate.class))
                            .map(d -> d.atStartOfDay().toInstant(ZoneOffset.UTC)).orElse(null),
                    rs.getObject("report_id") == null ? "COMPLAINT_NOT_ON_RECORD" : "COMPLAINT",
                    personId.equals(rs.getObject("complainant_person_id", Long.class))
                            ? rs.getString("description") : null));
            access.reference(CASE_REVIEW, row.id(), r.reference());
            access.addCaseReview(() -> new CaseReviewRecord(r.reference(), r.roles(), r.applicantKind(),
                    r.applicantName(), r.applicantPhone(), r.applicantEmail(), r.applicantAddress(), r.appliedOn(),
                    r.status(), r.description(), r.thresholdMet(), r.decisionReason(), r.outcome(),
                    r.escalationReason(), r.escalationResult(), r.closedAt(), complaints,
                    access.actions(CASE_REVIEW, row.id()), access.timeline(CASE_REVIEW, row.id())));
        }
    }
}
