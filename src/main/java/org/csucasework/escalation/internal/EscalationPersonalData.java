package org.csucasework.escalation.internal;

import static org.csucasework.shared.personaldata.Overwrite.blank;
import static org.csucasework.shared.personaldata.Overwrite.scrub;
import static org.csucasework.shared.personaldata.RecordType.ESCALATION_CASE;

import java.util.List;
import java.util.Set;
import org.csucasework.shared.personaldata.Erasure;
import org.csucasework.shared.personaldata.Naming;
import org.csucasework.shared.personaldata.PastRetention;
import org.csucasework.shared.personaldata.PersonalData;
import org.csucasework.shared.personaldata.SubjectAccess;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * An escalation case's letter address and guardian (or the body's name and address), the conduct of its steps, a
 * notice's requirements, breaches, letters (the register and the PDFs), agreements, legal outcomes, appeals and
 * enforcement, and the reasons it was shared; a case names the person it is about.
 */
@Component
class EscalationPersonalData implements PersonalData {

    private static final String AGREEMENTS = "(select a.id from escalation_aba_agreement a where a.case_id in (:ids))";
    private static final String OUTCOMES = "(select o.id from escalation_legal_outcome o where o.case_id in (:ids))";
    private static final String STEPS = "(select s.id from escalation_step s where s.case_id in (:ids))";
    private static final String APPEALS = "(select a.id from escalation_appeal a where a.case_id in (:ids))";

    private final NamedParameterJdbcTemplate jdbc;
    private final EscalationSubjectAccess subjectAccess;

    EscalationPersonalData(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.subjectAccess = new EscalationSubjectAccess(jdbc);
    }

    @Override
    public Set<String> columns() {
        return Set.of("escalation_case.letter_address", "escalation_case.guardian_name",
                "escalation_case.guardian_address", "escalation_case.closure_reason", "escalation_step.conduct",
                "escalation_step.skip_justification", "escalation_step.decision_note",
                "escalation_breach.description", "escalation_breach.note", "escalation_document.recipient_name",
                "escalation_document.title", "escalation_aba_agreement.support_offered",
                "escalation_aba_positive_requirement.text", "escalation_legal_outcome.terms",
                "escalation_legal_outcome.premises", "escalation_appeal.result_note",
                "escalation_remedial_work.description", "escalation_legal_outcome_breach.description",
                "escalation_requirement.text", "escalation_appeal_requirement.text", "escalation_case_share.reason",
                "escalation_case.organisation_name", "escalation_case.organisation_address");
    }

    @Override
    public List<Naming> namings() {
        return List.of(new Naming(ESCALATION_CASE, "select person_id, id as record_id from escalation_case"
                + " where person_id is not null"));
    }

    @Override
    public void anonymise(PastRetention records) {
        if (records.type() != ESCALATION_CASE || records.ids().isEmpty()) {
            return;
        }
        MapSqlParameterSource p = records.params();
        jdbc.update("update escalation_case set letter_address = null, guardian_name = null, guardian_address = null,"
                + " organisation_name = " + blank("organisation_name") + ", organisation_address = null,"
                + " closure_reason = " + blank("closure_reason")
                + ", anonymised_at = :at, version = version + 1 where id in (:ids)", p);
        jdbc.update("update escalation_step set conduct = :marker, skip_justification = " + blank("skip_justification")
                + ", decision_note = " + blank("decision_note") + ", version = version + 1 where case_id in (:ids)", p);
        jdbc.update("update escalation_breach set description = :marker, note = " + blank("note")
                + " where case_id in (:ids)", p);
        jdbc.update("update escalation_document set recipient_name = :marker where case_id in (:ids)", p);
        jdbc.update("update escalation_aba_agreement set support_offered = " + blank("support_offered")
                + ", version = version + 1 where case_id in (:ids)", p);
        jdbc.update("update escalation_aba_positive_requirement set text = :marker where agreement_id in "
                + AGREEMENTS, p);
        jdbc.update("update escalation_legal_outcome set terms = " + blank("terms") + ", premises = " + blank("premises")
                + ", version = version + 1 where case_id in (:ids)", p);
        jdbc.update("update escalation_appeal set result_note = " + blank("result_note")
                + ", version = version + 1 where case_id in (:ids)", p);
        jdbc.update("update escalation_remedial_work set description = :marker, version = version + 1"
                + " where case_id in (:ids)", p);
        jdbc.update("update escalation_legal_outcome_breach set description = :marker where outcome_id in "
                + OUTCOMES, p);
        jdbc.update("update escalation_requirement set text = :marker where step_id in " + STEPS, p);
        jdbc.update("update escalation_appeal_requirement set text = :marker where appeal_id in " + APPEALS, p);
        jdbc.update("update escalation_case_share set reason = :marker where case_id in (:ids)", p);
        deleteLetters(p);
    }

    @Override
    public void erase(Erasure erasure) {
        if (erasure.of(ESCALATION_CASE).isEmpty()) {
            return;
        }
        MapSqlParameterSource p = erasure.params(ESCALATION_CASE);
        jdbc.update("update escalation_case set letter_address = null, guardian_name = null, guardian_address = null,"
                + " closure_reason = " + scrub("closure_reason") + ", version = version + 1 where id in (:ids)", p);
        jdbc.update("update escalation_step set conduct = " + scrub("conduct") + ", decision_note = "
                + scrub("decision_note") + ", version = version + 1 where case_id in (:ids)", p);
        jdbc.update("update escalation_breach set description = " + scrub("description") + ", note = " + scrub("note")
                + " where case_id in (:ids)", p);
        // An administrator may have put the name in a template's title: the register shows the titles.
        jdbc.update("update escalation_document set recipient_name = :erased, title = " + scrub("title")
                + " where case_id in (:ids)", p);
        deleteLetters(p);
        // What the agreements and the legal outcomes say about the person: support, requirements, terms, breaches.
        jdbc.update("update escalation_aba_agreement set support_offered = " + scrub("support_offered")
                + ", version = version + 1 where case_id in (:ids)", p);
        jdbc.update("update escalation_aba_positive_requirement set text = " + scrub("text") + " where agreement_id in "
                + AGREEMENTS, p);
        jdbc.update("update escalation_legal_outcome set terms = " + scrub("terms") + ", premises = " + scrub("premises")
                + ", version = version + 1 where case_id in (:ids)", p);
        jdbc.update("update escalation_appeal set result_note = " + scrub("result_note")
                + ", version = version + 1 where case_id in (:ids)", p);
        jdbc.update("update escalation_remedial_work set description = " + scrub("description")
                + ", version = version + 1 where case_id in (:ids)", p);
        jdbc.update("update escalation_legal_outcome_breach set description = " + scrub("description")
                + " where outcome_id in " + OUTCOMES, p);
        // A notice's requirements may name the person (stay away from a neighbour's door...), and so may a reason to
        // share the case.
        jdbc.update("update escalation_requirement set text = " + scrub("text") + " where step_id in " + STEPS, p);
        jdbc.update("update escalation_appeal_requirement set text = " + scrub("text") + " where appeal_id in "
                + APPEALS, p);
        jdbc.update("update escalation_case_share set reason = " + scrub("reason") + " where case_id in (:ids)", p);
    }

    @Override
    public void export(SubjectAccess access) {
        subjectAccess.export(access);
    }

    /** The issued letters are PDFs with the person's name and address inside; they cannot be anonymised in place. */
    private void deleteLetters(MapSqlParameterSource p) {
        jdbc.update("delete from escalation_document_content where document_id in"
                + " (select d.id from escalation_document d where d.case_id in (:ids))", p);
    }
}
