package org.csucasework.dataprotection;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.csucasework.escalation.AsbEscalationProcess;
import org.csucasework.escalation.EscalationCases;
import org.csucasework.escalation.EscalationProposals;
import org.csucasework.escalation.EscalationService;
import org.csucasework.intake.ReportService;
import org.csucasework.support.IntegrationTest;
import org.csucasework.taskgroups.TaskAndFinishGroupProcess;
import org.csucasework.taskgroups.TaskGroupService;
import org.csucasework.tasking.DailyTaskingProcess;
import org.csucasework.tasking.ReportClosingService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Process variables hold ids, references and codes only: the engine's runtime and history tables (kept for six years
 * and readable in Cockpit by anyone with engine access) must not hold a name, date of birth, address, phone number
 * or e-mail address. Runs the demo data's processes (started at application start) and a world of records whose
 * tasking, group and escalation processes are finished, then reads every variable the engine stored.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class ProcessVariablesHoldNoPersonalDataTest {

    /** The people of the demo data (DemoReports, DemoEscalation): names, phone numbers, e-mail, letter address. */
    private static final List<String> DEMO_PEOPLE = List.of("Margaret Ellis", "07700 900101", "Daniel Hughes",
            "07700 900202", "Craig Turner", "Priya Shah", "priya.shah@example.com", "Tom Brennan", "07700 900303",
            "14 Stangrove Road", "Jordan Hale", "9 Rowan Close", "Shane Doyle", "3 Rowan Close");

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
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    @DisplayName("No variable of a running or finished process, nor a business key or task text, holds personal data")
    void processVariablesHoldNoPersonalData(CapturedOutput output) {
        CaseWorld world = new CaseWorld(userDetailsService, reports, closing, escalation, cases, proposals, deadlines, groups, jdbc).build();
        List<String> forbidden = new ArrayList<>(DEMO_PEOPLE);
        for (CaseWorld.Person person : List.of(world.xavier, world.rita, world.zoe, world.yasmin)) {
            forbidden.addAll(person.identifiers());
        }

        // The check has something to check: each process has running and finished instances with variables.
        for (String key : List.of(DailyTaskingProcess.KEY, TaskAndFinishGroupProcess.KEY, AsbEscalationProcess.KEY)) {
            assertThat(count("select count(*) from act_ru_variable v join act_re_procdef d on d.id_ = v.proc_def_id_"
                    + " where d.key_ = ?", key)).as("runtime variables of %s", key).isPositive();
            assertThat(count("select count(*) from act_hi_varinst v join act_hi_procinst p on p.id_ = v.proc_inst_id_"
                    + " where p.proc_def_key_ = ? and p.end_time_ is not null", key))
                    .as("history variables of finished %s", key).isPositive();
        }

        List<String> stored = new ArrayList<>();
        stored.addAll(values("select v.name_, v.text_, v.text2_, b.bytes_ from act_ru_variable v"
                + " left join act_ge_bytearray b on b.id_ = v.bytearray_id_"));
        stored.addAll(values("select v.name_, v.text_, v.text2_, b.bytes_ from act_hi_varinst v"
                + " left join act_ge_bytearray b on b.id_ = v.bytearray_id_"));
        stored.addAll(values("select d.name_, d.text_, d.text2_, b.bytes_ from act_hi_detail d"
                + " left join act_ge_bytearray b on b.id_ = d.bytearray_id_"));
        stored.addAll(values("select business_key_, null, null, null from act_hi_procinst"));
        stored.addAll(values("select name_, description_, null, null from act_hi_taskinst"));
        stored.addAll(values("select name_, description_, null, null from act_ru_task"));
        stored.addAll(values("select property_, org_value_, new_value_, null from act_hi_op_log"));
        assertThat(stored).isNotEmpty();

        for (String value : stored) {
            for (String identifier : forbidden) {
                assertThat(value).as("a value stored by the process engine").doesNotContainIgnoringCase(identifier);
            }
        }
        // Nor in what the application logged while the world was made.
        for (String identifier : forbidden) {
            assertThat(output.getAll()).doesNotContain(identifier);
        }
    }

    private long count(String sql, String key) {
        Long count = jdbc.queryForObject(sql, Long.class, key);
        return count == null ? 0 : count;
    }

    private List<String> values(String sql) {
        List<String> values = new ArrayList<>();
        for (Map<String, Object> row : jdbc.queryForList(sql)) {
            StringBuilder text = new StringBuilder();
            for (Object value : row.values()) {
                if (value instanceof byte[] bytes) {
                    text.append(new String(bytes, StandardCharsets.ISO_8859_1));
                } else if (value != null) {
                    text.append(value);
                }
                text.append(" | ");
            }
            values.add(text.toString());
        }
        return values;
    }
}
