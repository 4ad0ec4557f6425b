package org.csucasework.dataprotection.internal;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.csucasework.casehistory.CaseDocuments;
import org.springframework.beans.factory.annotation.Autowired;
import org.csucasework.casehistory.CaseKind;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Removes personal data from case records in place. Rows stay (the annual figures count them, and their codes,
 * dates, agencies and statuses are not personal data); names, dates of birth, contact details and every free-text
 * field are overwritten. Each changed row that users edit gets a new version, so a screen still open on it gets a
 * clear conflict instead of writing the old text back.
 *
 * <p>This one class knows every column that holds personal data across the modules: a data map that can be checked
 * in one place, applied in one transaction per batch. A module that adds personal data columns adds them here.
 */
@Component
public class Anonymiser {

    /** What replaces free text of a record past retention. */
    public static final String ANONYMISED = "[anonymised]";
    /** What replaces an erased person's name inside free text. */
    public static final String ERASED = "[erased]";
    /** The name an anonymised person is shown with. */
    public static final String ANONYMISED_PERSON = "Anonymised person";

    private final NamedParameterJdbcTemplate jdbc;
    private final BiConsumer<CaseKind, Collection<Long>> removeDocuments;

    @Autowired
    Anonymiser(NamedParameterJdbcTemplate jdbc, CaseDocuments documents) {
        this(jdbc, documents::removeDocumentsOf);
    }

    /** @param removeDocuments removes the documents of cases (content and all), through their store */
    Anonymiser(NamedParameterJdbcTemplate jdbc, BiConsumer<CaseKind, Collection<Long>> removeDocuments) {
        this.jdbc = jdbc;
        this.removeDocuments = removeDocuments;
    }

    /**
     * The cases' entries in the one history (casehistory): events, notes and contacts lose their text, the name of
     * whom a contact was with and its outcome. Which entries there were, and when, stays (a case had three contacts).
     */
    private void blankHistory(String caseKind, MapSqlParameterSource p) {
        jdbc.update("update case_history_entry set detail = case when detail is null then null else :marker end,"
                + " contact_with = case when contact_with is null then null else :marker end,"
                + " contact_outcome = case when contact_outcome is null then null else :marker end"
                + " where case_kind = '" + caseKind + "' and case_id in (:ids)", p);
    }

    /**
     * A document cannot have a name taken out of it (a photo, a statement): the documents of the person's cases are
     * removed, content and all. The history keeps that one was attached, with the name taken out.
     */
    private void removeDocuments(CaseKind kind, String caseIds, MapSqlParameterSource p) {
        removeDocuments.accept(kind, jdbc.queryForList("select * from " + caseIds + " x", p, Long.class));
    }

    /** The person's name taken out of the history of the cases they are in. */
    private void scrubHistory(String caseKind, String caseIds, MapSqlParameterSource p) {
        jdbc.update("update case_history_entry set detail = " + scrub("detail") + ", contact_with = "
                + scrub("contact_with") + ", contact_outcome = " + scrub("contact_outcome")
                + " where case_kind = '" + caseKind + "' and case_id in " + caseIds, p);
    }

    public void reports(Collection<Long> ids, LocalDateTime at) {
        if (ids.isEmpty()) {
            return;
        }
        MapSqlParameterSource p = params(ids, at);
        jdbc.update("update report set description = " + blank("description") + ", outcome_note = "
                + blank("outcome_note") + ", anonymised_at = :at, version = version + 1 where id in (:ids)", p);
        blankHistory("REPORT", p);
        removeDocuments.accept(CaseKind.REPORT, ids);
        jdbc.update("update referral set reason = :marker where report_id in (:ids)", p);
        jdbc.update("update tasking_review set note = :marker where report_id in (:ids) and note is not null", p);
        jdbc.update("update action set description = :marker, outcome = " + blank("outcome")
                + ", version = version + 1 where owner_kind = 'REPORT' and owner_id in (:ids)", p);
    }

    public void taskGroups(Collection<Long> ids, LocalDateTime at) {
        if (ids.isEmpty()) {
            return;
        }
        MapSqlParameterSource p = params(ids, at);
        jdbc.update("update task_group set title = :marker, proposal_reason = :marker, decision_note = "
                + blank("decision_note") + ", outcome_reason = " + blank("outcome_reason")
                + ", anonymised_at = :at, version = version + 1 where id in (:ids)", p);
        blankHistory("TASK_GROUP", p);
        removeDocuments.accept(CaseKind.TASK_GROUP, ids);
        jdbc.update("update task_group_meeting set minutes = :marker, version = version + 1"
                + " where group_id in (:ids) and minutes is not null", p);
        jdbc.update("update site_visit set findings = :marker, follow_up = " + blank("follow_up")
                + ", version = version + 1 where group_id in (:ids)", p);
        jdbc.update("update action set description = :marker, outcome = " + blank("outcome")
                + ", version = version + 1 where owner_kind = 'TASK_AND_FINISH_GROUP' and owner_id in (:ids)", p);
    }

    public void escalationCases(Collection<Long> ids, LocalDateTime at) {
        if (ids.isEmpty()) {
            return;
        }
        MapSqlParameterSource p = params(ids, at);
        jdbc.update("update escalation_case set letter_address = null, guardian_name = null, guardian_address = null,"
                + " closure_reason = " + blank("closure_reason")
                + ", anonymised_at = :at, version = version + 1 where id in (:ids)", p);
        jdbc.update("update escalation_step set conduct = :marker, skip_justification = " + blank("skip_justification")
                + ", decision_note = " + blank("decision_note") + ", version = version + 1 where case_id in (:ids)", p);
        jdbc.update("update escalation_breach set description = :marker, note = " + blank("note")
                + " where case_id in (:ids)", p);
        jdbc.update("update escalation_document set recipient_name = :marker where case_id in (:ids)", p);
        jdbc.update("update escalation_aba_agreement set support_offered = " + blank("support_offered")
                + ", version = version + 1 where case_id in (:ids)", p);
        jdbc.update("update escalation_aba_positive_requirement set text = :marker where agreement_id in"
                + " (select a.id from escalation_aba_agreement a where a.case_id in (:ids))", p);
        jdbc.update("update escalation_legal_outcome set terms = " + blank("terms") + ", premises = " + blank("premises")
                + ", version = version + 1 where case_id in (:ids)", p);
        jdbc.update("update escalation_appeal set result_note = " + blank("result_note")
                + ", version = version + 1 where case_id in (:ids)", p);
        jdbc.update("update escalation_remedial_work set description = :marker, version = version + 1"
                + " where case_id in (:ids)", p);
        jdbc.update("update escalation_legal_outcome_breach set description = :marker where outcome_id in"
                + " (select o.id from escalation_legal_outcome o where o.case_id in (:ids))", p);
        deleteLetters(p);
        blankHistory("ESCALATION_CASE", p);
        removeDocuments.accept(CaseKind.ESCALATION_CASE, ids);
    }

    /**
     * Overwrites the people's own details. The row and its id stay: reports still link to "a person", so counts of
     * repeat victims or perpetrators in past years do not change.
     */
    public int people(Collection<Long> ids, LocalDateTime at) {
        if (ids.isEmpty()) {
            return 0;
        }
        return jdbc.update("update person set full_name = :name, name_key = '', name_sound = '', phone_key = null, email_key = null, address_key = null, date_of_birth = null, phone = null,"
                + " email = null, address = null, anonymised_at = :at, version = version + 1"
                + " where id in (:ids) and anonymised_at is null",
                params(ids, at).addValue("name", ANONYMISED_PERSON));
    }

    /**
     * Erasure of one person: their name is taken out of the free text of every record they are in, their details
     * from the escalation cases about them (and those cases' letters, which carry their name and address), then
     * their own record is overwritten. Returns false when the person changed since {@code expectedVersion}.
     */
    public boolean erase(Long personId, long expectedVersion, String fullName, LocalDateTime at) {
        MapSqlParameterSource p = new MapSqlParameterSource("person", personId).addValue("name", fullName)
                .addValue("erased", ERASED).addValue("at", at).addValue("version", expectedVersion)
                .addValue("anonymisedName", ANONYMISED_PERSON);
        int changed = jdbc.update("update person set full_name = :anonymisedName, name_key = '', name_sound = '', phone_key = null, email_key = null, address_key = null, date_of_birth = null,"
                + " phone = null, email = null, address = null, anonymised_at = :at, version = version + 1"
                + " where id = :person and version = :version", p);
        if (changed == 0) {
            return false;
        }
        String reportsOfPerson = "(select r.id from report r where r.reporter_person_id = :person"
                + " union select s.report_id from report_subject s where s.person_id = :person"
                + " union select f.report_id from referral f where f.person_id = :person)";
        jdbc.update("update report set description = " + scrub("description") + ", outcome_note = "
                + scrub("outcome_note") + ", version = version + 1 where id in " + reportsOfPerson, p);
        scrubHistory("REPORT", reportsOfPerson, p);
        removeDocuments(CaseKind.REPORT, reportsOfPerson, p);
        jdbc.update("update referral set reason = " + scrub("reason") + " where report_id in " + reportsOfPerson, p);
        jdbc.update("update tasking_review set note = " + scrub("note") + " where report_id in " + reportsOfPerson, p);
        jdbc.update("update action set description = " + scrub("description") + ", outcome = " + scrub("outcome")
                + " where owner_kind = 'REPORT' and owner_id in " + reportsOfPerson, p);

        String groupsOfPerson = "(select g.id from task_group g where g.person_id = :person)";
        jdbc.update("update task_group set title = " + scrub("title") + ", proposal_reason = " + scrub("proposal_reason")
                + ", decision_note = " + scrub("decision_note") + ", outcome_reason = " + scrub("outcome_reason")
                + ", version = version + 1 where id in " + groupsOfPerson, p);
        scrubHistory("TASK_GROUP", groupsOfPerson, p);
        removeDocuments(CaseKind.TASK_GROUP, groupsOfPerson, p);
        jdbc.update("update task_group_meeting set minutes = " + scrub("minutes") + " where group_id in "
                + groupsOfPerson, p);
        jdbc.update("update action set description = " + scrub("description") + ", outcome = " + scrub("outcome")
                + " where owner_kind = 'TASK_AND_FINISH_GROUP' and owner_id in " + groupsOfPerson, p);

        String casesOfPerson = "(select c.id from escalation_case c where c.person_id = :person)";
        jdbc.update("update escalation_case set letter_address = null, guardian_name = null, guardian_address = null,"
                + " closure_reason = " + scrub("closure_reason") + ", version = version + 1 where id in "
                + casesOfPerson, p);
        jdbc.update("update escalation_step set conduct = " + scrub("conduct") + ", decision_note = "
                + scrub("decision_note") + ", version = version + 1 where case_id in " + casesOfPerson, p);
        jdbc.update("update escalation_breach set description = " + scrub("description") + ", note = " + scrub("note")
                + " where case_id in " + casesOfPerson, p);
        // An administrator may have put the name in a template's title: the register shows the titles.
        jdbc.update("update escalation_document set recipient_name = :erased, title = " + scrub("title")
                + " where case_id in " + casesOfPerson, p);
        jdbc.update("delete from escalation_document_content where document_id in (select d.id from"
                + " escalation_document d where d.case_id in " + casesOfPerson + ")", p);
        // What the agreements and the legal outcomes say about the person: support, requirements, terms, breaches.
        jdbc.update("update escalation_aba_agreement set support_offered = " + scrub("support_offered")
                + ", version = version + 1 where case_id in " + casesOfPerson, p);
        jdbc.update("update escalation_aba_positive_requirement set text = " + scrub("text") + " where agreement_id in"
                + " (select a.id from escalation_aba_agreement a where a.case_id in " + casesOfPerson + ")", p);
        jdbc.update("update escalation_legal_outcome set terms = " + scrub("terms") + ", premises = " + scrub("premises")
                + ", version = version + 1 where case_id in " + casesOfPerson, p);
        jdbc.update("update escalation_appeal set result_note = " + scrub("result_note")
                + ", version = version + 1 where case_id in " + casesOfPerson, p);
        jdbc.update("update escalation_remedial_work set description = " + scrub("description")
                + ", version = version + 1 where case_id in " + casesOfPerson, p);
        jdbc.update("update escalation_legal_outcome_breach set description = " + scrub("description")
                + " where outcome_id in (select o.id from escalation_legal_outcome o where o.case_id in "
                + casesOfPerson + ")", p);
        scrubHistory("ESCALATION_CASE", casesOfPerson, p);
        removeDocuments(CaseKind.ESCALATION_CASE, casesOfPerson, p);

        // Community MARAC referrals naming the person (alone or as a family member), their meetings' notes and actions.
        String referralsOfPerson = "(select m.referral_id from marac_referral_person m where m.person_id = :person)";
        jdbc.update("update marac_referral set family_name = " + scrub("family_name") + ", risk_summary = "
                + scrub("risk_summary") + ", history_to_bring = " + scrub("history_to_bring") + ", lawful_basis_note = "
                + scrub("lawful_basis_note") + ", screening_note = " + scrub("screening_note") + ", close_reason = "
                + scrub("close_reason") + ", version = version + 1 where id in " + referralsOfPerson, p);
        scrubHistory("MARAC_REFERRAL", referralsOfPerson, p);
        removeDocuments(CaseKind.MARAC_REFERRAL, referralsOfPerson, p);
        jdbc.update("update marac_agenda_item set decision_note = " + scrub("decision_note") + " where referral_id in "
                + referralsOfPerson, p);
        jdbc.update("update marac_meeting set minutes = " + scrub("minutes") + " where id in (select a.meeting_id from"
                + " marac_agenda_item a where a.referral_id in " + referralsOfPerson + ")", p);
        jdbc.update("update action set description = " + scrub("description") + ", outcome = " + scrub("outcome")
                + " where owner_kind = 'COMMUNITY_MARAC' and owner_id in " + referralsOfPerson, p);

        // ASB Case Reviews the person applied for, is the victim in or complained in: their contact details where
        // they applied, their name out of the application, the decisions, the complaints, what agencies brought and
        // the recommendations.
        String reviewsOfPerson = "(select v.id from case_review v where v.applicant_person_id = :person"
                + " or v.victim_person_id = :person union select c.case_review_id from case_review_complaint c"
                + " where c.complainant_person_id = :person)";
        jdbc.update("update case_review set applicant_name = :erased, applicant_phone = null, applicant_email = null,"
                + " applicant_address = null where applicant_person_id = :person", p);
        jdbc.update("update case_review set description = " + scrub("description") + ", consent_note = "
                + scrub("consent_note") + ", decision_reason = " + scrub("decision_reason") + ", outcome = "
                + scrub("outcome") + ", escalation_reason = " + scrub("escalation_reason") + ", escalation_result = "
                + scrub("escalation_result") + ", version = version + 1 where id in " + reviewsOfPerson, p);
        jdbc.update("update case_review_complaint set description = " + scrub("description") + ", exclusion_reason = "
                + scrub("exclusion_reason") + " where case_review_id in " + reviewsOfPerson, p);
        jdbc.update("update case_review_information set information = " + scrub("information")
                + " where case_review_id in " + reviewsOfPerson, p);
        scrubHistory("CASE_REVIEW", reviewsOfPerson, p);
        removeDocuments(CaseKind.CASE_REVIEW, reviewsOfPerson, p);
        jdbc.update("update action set description = " + scrub("description") + ", outcome = " + scrub("outcome")
                + " where owner_kind = 'CASE_REVIEW' and owner_id in " + reviewsOfPerson, p);
        return true;
    }

    private void deleteLetters(MapSqlParameterSource p) {
        // The issued letters are PDFs with the person's name and address inside; they cannot be anonymised in place.
        jdbc.update("delete from escalation_document_content where document_id in"
                + " (select d.id from escalation_document d where d.case_id in (:ids))", p);
    }

    private static MapSqlParameterSource params(Collection<Long> ids, LocalDateTime at) {
        return new MapSqlParameterSource(Map.of("ids", List.copyOf(ids), "at", at, "marker", ANONYMISED));
    }

    /** Keeps an empty field empty, so the record still shows which fields were filled in. */
    private static String blank(String column) {
        return "case when " + column + " is null then null else :marker end";
    }

    private static String scrub(String column) {
        return "replace(" + column + ", :name, :erased)";
    }
}
