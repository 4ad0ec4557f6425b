package org.csucasework.dataprotection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.csucasework.escalation.EscalationCases;
import org.csucasework.escalation.EscalationProposals;
import org.csucasework.escalation.EscalationService;
import org.csucasework.intake.ReportService;
import org.csucasework.shared.ConflictException;
import org.csucasework.shared.FieldError;
import org.csucasework.shared.Role;
import org.csucasework.shared.ValidationException;
import org.csucasework.support.IntegrationTest;
import org.csucasework.support.RunAs;
import org.csucasework.taskgroups.TaskGroupService;
import org.csucasework.tasking.ReportClosingService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Subject access exports and erasure on the real application and PostgreSQL. */
@IntegrationTest
class SubjectAccessIntegrationTest {

    @Autowired
    UserDetailsService userDetailsService;
    @Autowired
    ReportService reports;
    @Autowired
    ReportClosingService closing;
    @Autowired
    EscalationService escalation;
    @Autowired
    EscalationCases cases;
    @Autowired
    EscalationProposals proposals;
    @Autowired
    org.csucasework.escalation.EscalationDeadlines deadlines;
    @Autowired
    TaskGroupService groups;
    @Autowired
    SubjectAccessService subjectAccess;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ObjectMapper objectMapper;

    CaseWorld world;

    @BeforeEach
    void buildWorld() {
        world = new CaseWorld(userDetailsService, reports, closing, escalation, cases, proposals, deadlines, groups, jdbc).build();
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    @DisplayName("The PDF export holds the person's details and every record they are in, and nothing of the reporter")
    void pdfExportHoldsThePersonsRecordsAndNoOneElses() throws IOException {
        byte[] pdf = RunAs.user("supervisor", () -> subjectAccess.exportPdf(world.xavierId), Role.SUPERVISOR);

        // Compared without white space: the PDF wraps long lines wherever it must.
        String text = textOf(pdf);
        for (String expected : List.of(world.xavier.name(), world.xavier.address(), world.xavier.phone(),
                world.xavier.email(), "3 Feb 1981", world.old.reference(), world.oldDescription,
                world.caseReference, world.conduct, world.groupReference, "Anti-social behaviour: warning",
                "Alleged perpetrator")) {
            assertThat(text).contains(squeezed(expected));
        }
        assertThat(text).as("names and UK dates, never a code or an ISO date")
                .doesNotContain("ALLEGED_PERPETRATOR", "1981-02-03");
        // Rita reported Xavier: her name and details are hers, not his.
        for (String identifier : world.rita.identifiers()) {
            assertThat(text).doesNotContain(squeezed(identifier));
        }
        // Nor anything of the other people in the world.
        assertThat(text).doesNotContain(squeezed(world.zoe.name()), squeezed(world.yasmin.name()),
                squeezed(world.open.reference()));
        assertThat(jdbc.queryForObject("select count(*) from data_protection_event where kind = 'SUBJECT_ACCESS_EXPORT'"
                + " and person_id = ? and actor = 'supervisor'", Long.class, world.xavierId)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where username = 'supervisor'"
                + " and action = 'EXPORT' and record_type = 'PERSON' and record_ref = ?", Long.class,
                String.valueOf(world.xavierId))).as("the export is in the audit trail too").isEqualTo(1);
    }

    @Test
    @DisplayName("The JSON export lists the reports with the person's part, the group and the case with its letter")
    void jsonExportHoldsTheRecords() throws IOException {
        byte[] json = RunAs.administrator(() -> subjectAccess.exportJson(world.xavierId));

        JsonNode root = objectMapper.readTree(json);
        assertThat(root.at("/person/fullName").asText()).isEqualTo(world.xavier.name());
        assertThat(root.at("/person/dateOfBirth").asText()).isEqualTo("1981-02-03");
        assertThat(root.at("/reports/0/reference").asText()).isEqualTo(world.old.reference());
        assertThat(root.at("/reports/0/roles/0").asText()).isEqualTo("ALLEGED_PERPETRATOR");
        assertThat(root.at("/taskAndFinishGroups/0/reference").asText()).isEqualTo(world.groupReference);
        assertThat(root.at("/escalationCases/0/reference").asText()).isEqualTo(world.caseReference);
        assertThat(root.at("/escalationCases/0/letters/0/recipient").asText()).isEqualTo(world.xavier.name());
        String whole = new String(json, StandardCharsets.UTF_8);
        for (String identifier : world.rita.identifiers()) {
            assertThat(whole).doesNotContain(identifier);
        }

        // Rita's own export: the report she made, as its reporter, without Xavier's details.
        byte[] ritas = RunAs.administrator(() -> subjectAccess.exportJson(world.ritaId));
        JsonNode rita = objectMapper.readTree(ritas);
        assertThat(rita.at("/reports/0/roles/0").asText()).isEqualTo("REPORTER");
        assertThat(rita.at("/escalationCases").size()).isZero();
        String ritaWhole = new String(ritas, StandardCharsets.UTF_8);
        assertThat(ritaWhole).doesNotContain(world.xavier.address(), world.xavier.phone(), world.xavier.email());
    }

    @Test
    @DisplayName("Erasure takes the name out of share reasons, group links, the daily meeting's minutes and merge reasons")
    void erasureTakesTheNameOutOfShareReasonsGroupLinksMeetingMinutesAndMergeReasons() {
        String name = world.xavier.name();
        Long reportId = jdbc.queryForObject("select id from report where reference = ?", Long.class,
                world.old.reference());
        Long groupId = jdbc.queryForObject("select id from task_group where reference = ?", Long.class,
                world.groupReference);
        jdbc.update("insert into report_share (report_id, agency_code, reason, shared_at, shared_by)"
                + " values (?, 'WKHA', ?, current_timestamp, 'supervisor')", reportId, "Tenant " + name);
        jdbc.update("insert into task_group_report (group_id, report_id, reason, linked_at, linked_by)"
                + " values (?, ?, ?, current_timestamp, 'supervisor') on conflict do nothing", groupId, reportId,
                "Another report about " + name);
        jdbc.update("update task_group_report set reason = ? where group_id = ? and report_id = ?",
                "Another report about " + name, groupId, reportId);
        Long meetingId = jdbc.queryForObject("insert into tasking_meeting (meeting_date, chair, started_at, ended_at,"
                + " minutes) values (current_date - 400, 'supervisor', current_timestamp, current_timestamp, ?)"
                + " returning id", Long.class, "Police to speak to " + name + " about the noise");
        Long caseId = jdbc.queryForObject("select id from escalation_case where reference = ?", Long.class,
                world.caseReference);
        jdbc.update("insert into escalation_case_share (case_id, agency_code, reason, shared_at, shared_by)"
                + " values (?, 'KENT_POLICE', ?, current_timestamp, 'supervisor') on conflict do nothing", caseId,
                "Police know " + name);
        jdbc.update("update escalation_case_share set reason = ? where case_id = ? and agency_code = 'KENT_POLICE'",
                "Police know " + name, caseId);
        jdbc.update("insert into person_merge (kind, from_person_id, to_person_id, reason, done_at, done_by)"
                + " values ('SPLIT', ?, ?, ?, current_timestamp, 'supervisor')", world.zoeId, world.xavierId,
                "Two people: " + name + " is not Zoe");
        long version = RunAs.user("supervisor", () -> subjectAccess.findPeople(name), Role.SUPERVISOR).get(0).version();
        // A word of his name that nobody else's holds: the misspelt-name search's list of words picks it up.
        String ownWord = "oldcase" + world.suffix;
        jdbc.update("update person set name_key = name_key || ' ' || ? where id = ?", ownWord, world.xavierId);
        assertThat(jdbc.queryForList("select word from person_name_word where word = ?", String.class, ownWord))
                .containsExactly(ownWord);

        try {
            RunAs.user("supervisor", () -> {
                subjectAccess.erase(world.xavierId, version, "Erasure request " + world.suffix);
                return null;
            }, Role.SUPERVISOR);

            assertThat(jdbc.queryForObject("select reason from report_share where report_id = ?"
                    + " and agency_code = 'WKHA'", String.class, reportId)).isEqualTo("Tenant [erased]");
            assertThat(jdbc.queryForObject("select reason from task_group_report where group_id = ? and report_id = ?",
                    String.class, groupId, reportId)).isEqualTo("Another report about [erased]");
            assertThat(jdbc.queryForObject("select minutes from tasking_meeting where id = ?", String.class,
                    meetingId)).isEqualTo("Police to speak to [erased] about the noise");
            assertThat(jdbc.queryForObject("select reason from escalation_case_share where case_id = ?"
                    + " and agency_code = 'KENT_POLICE'", String.class, caseId)).isEqualTo("Police know [erased]");
            assertThat(jdbc.queryForList("select word from person_name_word where word = ?", String.class, ownWord))
                    .as("a word of the erased name that no other name holds leaves the search's list").isEmpty();
            assertThat(jdbc.queryForObject("select reason from person_merge where to_person_id = ?", String.class,
                    world.xavierId)).isEqualTo("Two people: [erased] is not Zoe");
        } finally {
            jdbc.update("delete from tasking_meeting where id = ?", meetingId);
        }
    }

    @Test
    @DisplayName("Erasure anonymises the person across their records and records the reason given")
    void erasureAnonymisesAndRecordsTheReason() {
        long version = RunAs.user("supervisor", () -> subjectAccess.findPeople(world.xavier.name()), Role.SUPERVISOR)
                .get(0).version();
        String reason = "Erasure request of 3 May, agreed by the data protection officer " + world.suffix;

        RunAs.user("supervisor", () -> {
            subjectAccess.erase(world.xavierId, version, reason);
            return null;
        }, Role.SUPERVISOR);

        Map<String, Object> person = jdbc.queryForMap("select * from person where id = ?", world.xavierId);
        assertThat(person.get("full_name")).isEqualTo("Anonymised person");
        assertThat(person.get("date_of_birth")).isNull();
        assertThat(person.get("address")).isNull();
        assertThat(person.get("phone")).isNull();
        assertThat(person.get("email")).isNull();
        assertThat(jdbc.queryForObject("select title from task_group where reference = ?", String.class,
                world.groupReference)).doesNotContain(world.xavier.name()).contains("[erased]");
        assertThat(jdbc.queryForObject("select proposal_reason from task_group where reference = ?", String.class,
                world.groupReference)).isEqualTo("Repeated reports about [erased]");
        assertThat(jdbc.queryForObject("select letter_address from escalation_case where reference = ?", String.class,
                world.caseReference)).isNull();
        assertThat(jdbc.queryForObject("select count(*) from escalation_document_content dc join escalation_document d"
                + " on d.id = dc.document_id join escalation_case c on c.id = d.case_id where c.reference = ?",
                Long.class, world.caseReference)).isZero();
        // Rita, who reported him, is untouched.
        assertThat(jdbc.queryForObject("select full_name from person where id = ?", String.class, world.ritaId))
                .isEqualTo(world.rita.name());

        List<Map<String, Object>> recorded = jdbc.queryForList("select kind, reason, actor from data_protection_event"
                + " where person_id = ? and kind = 'ERASURE'", world.xavierId);
        assertThat(recorded).hasSize(1);
        assertThat(recorded.get(0)).containsEntry("reason", reason).containsEntry("actor", "supervisor");
        assertThat(jdbc.queryForList("select reason from audit_event where username = 'supervisor' and action = 'CHANGE'"
                + " and record_type = 'PERSON' and record_ref = ?", String.class, String.valueOf(world.xavierId)))
                .as("the erasure is in the audit trail too").containsExactly("Erased: " + reason);
        // Nothing left to find by name.
        assertThat(RunAs.user("supervisor", () -> subjectAccess.findPeople(world.xavier.name()), Role.SUPERVISOR))
                .isEmpty();
    }

    @Test
    @DisplayName("Erasure needs a reason at its field, and refuses a person changed since they were looked at")
    void erasureNeedsAReasonAndTheCurrentVersion() {
        long version = RunAs.administrator(() -> subjectAccess.findPeople(world.zoe.name())).get(0).version();

        assertThatThrownBy(() -> RunAs.administrator(() -> {
            subjectAccess.erase(world.zoeId, version, "  ");
            return null;
        })).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("reason"));
        assertThatThrownBy(() -> RunAs.administrator(() -> {
            subjectAccess.erase(world.zoeId, version - 1, "Erasure request agreed by the DPO");
            return null;
        })).isInstanceOf(ConflictException.class);
        assertThat(jdbc.queryForObject("select full_name from person where id = ?", String.class, world.zoeId))
                .isEqualTo(world.zoe.name());
    }

    @Test
    @DisplayName("Caseworkers, analysts and partner officers cannot export or erase")
    void onlySupervisorsAndAdministrators() {
        for (Role role : List.of(Role.CASEWORKER, Role.ANALYST, Role.PARTNER)) {
            assertThatThrownBy(() -> RunAs.user("someone", () -> subjectAccess.exportPdf(world.xavierId), role))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> RunAs.user("someone", () -> {
                subjectAccess.erase(world.xavierId, 0, "Erasure request agreed by the DPO");
                return null;
            }, role)).isInstanceOf(AccessDeniedException.class);
        }
    }

    private static String squeezed(String text) {
        return text.replaceAll("\\s+", "");
    }

    private static String textOf(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        try {
            StringBuilder text = new StringBuilder();
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(extractor.getTextFromPage(page)).append('\n');
            }
            return squeezed(text.toString());
        } finally {
            reader.close();
        }
    }
}
