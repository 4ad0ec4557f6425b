package org.csucasework.casereview.internal;

import static org.csucasework.shared.personaldata.Overwrite.scrub;
import static org.csucasework.shared.personaldata.RecordType.CASE_REVIEW;

import java.util.List;
import java.util.Set;
import org.csucasework.shared.personaldata.Erasure;
import org.csucasework.shared.personaldata.Naming;
import org.csucasework.shared.personaldata.PersonalData;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * ASB Case Reviews: the applicant's contact details, the application, decisions, complaints and what agencies brought.
 * A review names its applicant, its victim and its complainants; it has no retention period yet, so it is never
 * anonymised and keeps the people it names.
 */
@Component
class CaseReviewPersonalData implements PersonalData {

    private final NamedParameterJdbcTemplate jdbc;

    CaseReviewPersonalData(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

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
}
