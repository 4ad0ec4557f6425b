package org.csucasework.dataprotection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.csucasework.dataprotection.internal.PersonalDataModules;
import org.csucasework.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The map of personal data cannot drift from the schema: every text column of the application's tables (after
 * Flyway) is either declared by a module's {@code PersonalData} as personal data it anonymises, erases or exports, or
 * listed below as holding none (or, for the few found unhandled, as not handled yet). A new text column fails this test until someone decides which it is. The process
 * engine's own tables ({@code act_*}) are left out wholesale: process variables hold no personal data, which
 * {@code ProcessVariablesHoldNoPersonalDataTest} checks.
 */
@IntegrationTest
class PersonalDataColumnsTest {

    /**
     * Text columns that hold no personal data of the people the cases are about, "table.column": codes, references,
     * statuses and keys; the partnership's reference data and templates (places are locations of incidents, kept for
     * a place's history, docs/decisions/0011); and who among the staff did what, with the staff's own accounts and the
     * audit and data protection records (staff data, under docs/decisions/0010, not under case retention).
     */
    static final Set<String> NO_PERSONAL_DATA = Stream.of(
            // codes, references, statuses, keys
            "action.agency_code", "action.idempotency_fingerprint", "action.idempotency_key", "action.owner_kind",
            "action.owner_reference", "action.report_reference", "action.source", "action.status", "action.task_id",
            "app_user_role.role", "audit_event.action", "audit_event.record_ref", "audit_event.record_type",
            "case_document.case_kind", "case_document.content_type", "case_document.sha256",
            "case_history_entry.case_kind", "case_history_entry.code", "case_history_entry.contact_method",
            "case_history_entry.entry_kind", "case_review.agencies_invited", "case_review.applicant_kind",
            "case_review.idempotency_key", "case_review.reference", "case_review.status",
            "case_review_complaint.complained_to", "case_review_information.agency_code", "data_protection_event.kind",
            "escalation_aba_agreement.outcome", "escalation_appeal.court", "escalation_appeal.result",
            "escalation_breach.status", "escalation_case.ladder_stage_code", "escalation_case.reference",
            "escalation_case.status", "escalation_case.wait_kind", "escalation_case_report.how",
            "escalation_case_share.agency_code", "escalation_document.file_name", "escalation_document.recipient_role",
            "escalation_document.served_method", "escalation_document.service_method",
            "escalation_document.stage_code", "escalation_fixed_penalty.status", "escalation_legal_outcome.kind",
            "escalation_prosecution.court", "escalation_prosecution.outcome", "escalation_requirement.kind",
            "escalation_appeal_requirement.kind",
            "escalation_step.served_method", "escalation_step.service_method", "escalation_step.stage_code",
            "escalation_step.status", "marac_agenda_item.decision", "marac_meeting.status",
            "marac_meeting_agency.agency_code", "marac_referral.lawful_basis", "marac_referral.reference",
            "marac_referral.referrer_agency_code", "marac_referral.status", "marac_referral.subject_kind",
            "marac_referral_criterion.criterion_code", "notification.email_batch", "notification.email_state",
            "notification.kind", "notification.link", "notification.reference", "notification.title",
            "notification_event.event_key", "notification_preference.delivery", "partner_figure.category_code",
            "partner_figure.source", "person_merge.kind", "person_merge_move.module", "person_merge_move.token",
            "priority_issue.category_codes", "priority_issue.name", "priority_score.criterion_code", "referral.kind",
            "report.category_code", "report.idempotency_fingerprint", "report.idempotency_key", "report.outcome_code",
            "report.owning_agency_code", "report.reference", "report.risk_level", "report.source_agency_code",
            "report.status", "report.ward_code", "report_hate_characteristic.characteristic",
            "report_share.agency_code", "report_subject.role", "risk_answer.code", "risk_answer.question",
            "risk_assessment.level", "risk_assessment.stage", "scheduled_job_lock.name",
            "site_visit_agency.agency_code", "task_group.outcome", "task_group.proposal_source",
            "task_group.reference", "task_group.status", "task_group.subject_kind", "task_group_agency.agency_code",
            "task_group_meeting.kind", "task_group_meeting.status", "task_group_meeting_agency.agency_code",
            "tasking_meeting_agency.agency_code", "tasking_review.decision",
            // reference data and templates
            "agency.code", "agency.name", "bank_holiday.name", "category.category_group", "category.code",
            "category.home_office_asb_type", "category.name", "district.county", "district.name",
            "escalation_stage.code", "escalation_stage.label", "escalation_stage.notes", "letter_template.body",
            "letter_template.stage_code", "letter_template.title", "marac_criterion.code", "marac_criterion.label",
            "outcome.code", "outcome.label", "place.label", "place.label_key", "place.ward_code",
            "police_crime_category.code", "police_crime_category.name", "priority_criterion.allowed_scores",
            "priority_criterion.code", "priority_criterion.label", "risk_level.level", "risk_level.meaning",
            "risk_question.code", "risk_question.question", "ward.name", "ward.ons_code",
            // staff, audit and the data protection record
            "action.assignee", "action.completed_by", "action.created_by", "app_user.email", "app_user.full_name",
            "app_user.password_hash", "app_user.username", "audit_event.reason", "audit_event.username",
            "case_document.uploaded_by", "case_history_entry.actor", "case_review.created_by",
            "case_review.decided_by", "case_review_complaint.excluded_by", "case_review_information.recorded_by",
            "data_protection_event.actor", "data_protection_event.detail", "data_protection_event.reason",
            "escalation_aba_agreement.recorded_by", "escalation_appeal.decided_by", "escalation_appeal.recorded_by",
            "escalation_breach.decided_by", "escalation_breach.reported_by", "escalation_case.age_confirmed_by",
            "escalation_case.caseworker", "escalation_case.closed_by", "escalation_case.created_by",
            "escalation_case_report.added_by", "escalation_case_share.shared_by", "escalation_document.approved_by",
            "escalation_document.issued_by", "escalation_document.served_by", "escalation_fixed_penalty.issued_by",
            "escalation_legal_outcome.recorded_by", "escalation_legal_outcome_breach.recorded_by",
            "escalation_prosecution.recorded_by", "escalation_remedial_work.recorded_by", "escalation_step.decided_by",
            "escalation_step.proposed_by", "escalation_step.served_by", "escalation_step.service_recorded_by",
            "letter_template.updated_by", "marac_agenda_item.decided_by", "marac_meeting.attendees",
            "marac_meeting.created_by", "marac_meeting.held_by", "marac_referral.closed_by",
            "marac_referral.referrer_username", "marac_referral.screened_by", "partner_figure.imported_by",
            "person_merge.done_by", "person_merge.undone_by", "priority_matrix.updated_by", "referral.referred_by",
            "report.case_officer", "report.closed_by", "report.created_by", "report.edited_by",
            "report_share.shared_by", "risk_assessment.assessed_by", "scheduled_job_lock.locked_by",
            "site_visit.created_by", "task_group.closed_by", "task_group.decided_by", "task_group.lead_username",
            "task_group.proposed_by", "task_group.set_up_by", "task_group_meeting.recorded_by",
            "task_group_meeting.scheduled_by", "task_group_report.linked_by", "tasking_meeting.chair",
            "tasking_review.reviewed_by").collect(Collectors.toUnmodifiableSet());

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PersonalDataModules personalData;

    @Test
    void everyTextColumnIsDeclaredAsPersonalDataOrListedAsHoldingNone() {
        List<String> columns = textColumns();
        Set<String> declared = personalData.columns();

        assertThat(columns).as("the application's text columns").hasSizeGreaterThan(100);
        assertThat(columns).as("text columns neither declared by a module's PersonalData nor listed in"
                        + " NO_PERSONAL_DATA: decide which each is")
                .filteredOn(column -> !declared.contains(column) && !NO_PERSONAL_DATA.contains(column))
                .isEmpty();
    }

    @Test
    void everyDeclaredOrListedColumnExistsAndIsOnlyOneOfTheTwo() {
        List<String> columns = textColumns();

        assertThat(personalData.columns()).as("declared personal data columns").isNotEmpty()
                .allSatisfy(column -> assertThat(columns).contains(column));
        assertThat(NO_PERSONAL_DATA).allSatisfy(column -> assertThat(columns).contains(column));
        assertThat(personalData.columns()).as("declared as personal data and listed as holding none")
                .doesNotContainAnyElementsOf(NO_PERSONAL_DATA);
    }

    private List<String> textColumns() {
        return jdbc.queryForList("select c.table_name || '.' || c.column_name from information_schema.columns c"
                + " join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name"
                + " where c.table_schema = current_schema() and t.table_type = 'BASE TABLE'"
                + " and c.data_type in ('text', 'character varying', 'character', 'jsonb')"
                + " and c.table_name not like 'act\\_%' and c.table_name <> 'flyway_schema_history'"
                + " order by 1", String.class);
    }
}
