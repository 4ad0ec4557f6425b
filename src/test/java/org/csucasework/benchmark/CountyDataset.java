package org.csucasework.benchmark;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Seeds a county-scale dataset straight into PostgreSQL with set-based SQL (each table one {@code INSERT ... SELECT}
 * over {@code generate_series}, run inside the server): going round the services would take hours at a million
 * reports and measure the seeding, not the queries.
 *
 * <p>The data is shaped like two years of a working partnership (about 275 reports a day at 200,000):
 * <ul>
 *   <li>places and people are reused unevenly (a squared hash makes a few places and people recur often, as
 *       problem addresses and prolific subjects do), so histories range from one report to hundreds;</li>
 *   <li>reports received in the last day await the daily tasking, two in three of the last month's are in progress,
 *       the rest are closed with an outcome; some carry the repeat, Task and Finish and case review flags;</li>
 *   <li>each report has one or two people involved besides its reporter (one in ten is anonymous), a timeline of
 *       logged / reviewed / closed, a review at the next day's tasking meeting (one meeting a day), and one or two
 *       actions for a partner agency (done when the report is closed, otherwise open and due a week after receipt,
 *       so some are overdue);</li>
 *   <li>the process history Camunda keeps at the audit level: a historic process instance per report (completed
 *       when the report is closed), its activities, the review task and its variables. Open reports have no
 *       runtime rows ({@code ACT_RU_*}): the agenda and histories read our tables, and the runtime tables only
 *       ever hold the open work, which the benchmark's own logging adds.</li>
 * </ul>
 */
final class CountyDataset {

    private static final int DAYS = 730;

    private CountyDataset() {
    }

    /** Seeds {@code reports} reports with everything around them; returns the seconds each table took. */
    static Map<String, Double> seed(DataSource dataSource, int reports) throws SQLException {
        // One connection throughout: the temporary tables and session settings below belong to it.
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(true);
            return seed(new JdbcTemplate(new SingleConnectionDataSource(connection, true)), reports);
        }
    }

    private static Map<String, Double> seed(JdbcTemplate jdbc, int reports) {
        Map<String, Double> took = new LinkedHashMap<>();
        int places = Math.max(reports / 4, 1);
        int people = Math.max(reports / 2, 1);
        String processDefinition = jdbc.queryForObject("select id_ from act_re_procdef where key_ = 'csu-daily-tasking' "
                + "order by version_ desc limit 1", String.class);
        jdbc.execute("set work_mem = '256MB'");
        jdbc.execute("set maintenance_work_mem = '512MB'");
        // Nothing here needs to survive a crash of the benchmark: no wait for the WAL flush on each statement.
        jdbc.execute("set synchronous_commit = off");
        run(jdbc, took, "reference codes", "create temporary table bench_codes as select "
                + "(select array_agg(code order by code) from category where active) as categories, "
                + "(select array_agg(ons_code order by ons_code) from ward where active) as wards, "
                + "(select array_agg(code order by code) from agency where active and code <> 'SDC_CSU') as agencies, "
                + "(select array_agg(code order by code) from outcome) as outcomes, "
                + "(select coalesce(max(id), 0) from place) as place_offset, "
                + "(select coalesce(max(id), 0) from person) as person_offset");
        run(jdbc, took, "places", "insert into place (id, label, label_key, ward_code, created_at) "
                + "select c.place_offset + i, 'Bench place ' || i, 'bench place ' || i, "
                + "c.wards[1 + i % array_length(c.wards, 1)], now() - interval '2 years' "
                + "from generate_series(1, " + places + ") i, bench_codes c");
        run(jdbc, took, "people", "insert into person (id, full_name, name_key, date_of_birth, phone, created_at) "
                + "select c.person_offset + i, 'Bench Person ' || i, 'bench person ' || i, "
                + "date '1950-01-01' + (i % 20000), case when i % 3 = 0 then '07700 9' || lpad((i % 100000)::text, 5, '0') end, "
                + "now() - interval '2 years' from generate_series(1, " + people + ") i, bench_codes c");
        // Identity columns were bypassed above: move them past the seeded ids.
        jdbc.execute("select setval(pg_get_serial_sequence('place', 'id'), (select max(id) from place))");
        jdbc.execute("select setval(pg_get_serial_sequence('person', 'id'), (select max(id) from person))");

        // One row per report with everything derived from its number, so that the tables below agree.
        run(jdbc, took, "report plan", "create temporary table bench_plan as select i, "
                + "now() - age_minutes * interval '1 minute' as received, "
                + "case when age_minutes < 1440 then 'NEW' when age_minutes < 43200 and i % 3 <> 0 then 'IN_PROGRESS' "
                + "else 'CLOSED' end as status, "
                + "c.place_offset + 1 + floor(" + places + " * power(((i::bigint * 7919) % 100003) / 100003.0, 2))::int as place_id, "
                + "c.person_offset + 1 + floor(" + people + " * power(((i::bigint * 15485863) % 99991) / 99991.0, 2))::int as reporter_id, "
                + "c.person_offset + 1 + floor(" + people + " * power(((i::bigint * 104729) % 99989) / 99989.0, 2))::int as subject_id, "
                + "least(age_minutes / 2, 14400) as minutes_to_close "
                + "from (select i, (i::bigint * 7919) % " + (DAYS * 1440) + " as age_minutes "
                + "from generate_series(1, " + reports + ") i) g, bench_codes c");
        run(jdbc, took, "reports", "insert into report (reference, received_at, incident_date, category_code, ward_code, "
                + "place_id, "
                + "source_agency_code, owning_agency_code, anonymous, reporter_person_id, description, status, "
                + "repeat_place, repeat_person, task_and_finish_suggested, case_review_threshold, outcome_code, "
                + "reporter_updated, closed_at, closed_by, created_at, created_by) "
                + "select 'BEN-' || lpad(p.i::text, 9, '0'), p.received, cast(p.received as date), "
                + "c.categories[1 + (p.i * 31) % array_length(c.categories, 1)], pl.ward_code, p.place_id, "
                + "case when p.i % 3 = 0 then 'SDC_CSU' else c.agencies[1 + p.i % array_length(c.agencies, 1)] end, "
                + "'SDC_CSU', p.i % 10 = 0, case when p.i % 10 = 0 then null else p.reporter_id end, "
                + "'Benchmark report ' || p.i || ': noise and nuisance at the address, several evenings this week', "
                + "p.status, p.i % 3 = 0, p.i % 5 = 0, p.i % 97 = 0, p.i % 89 = 0, "
                + "case when p.status = 'CLOSED' then c.outcomes[1 + (p.i * 13) % array_length(c.outcomes, 1)] end, "
                + "p.status = 'CLOSED' and p.i % 10 <> 0, "
                + "case when p.status = 'CLOSED' then p.received + p.minutes_to_close * interval '1 minute' end, "
                + "case when p.status = 'CLOSED' then 'bench' end, p.received, 'bench' "
                + "from bench_plan p join place pl on pl.id = p.place_id, bench_codes c order by p.i");
        run(jdbc, took, "report ids", "create temporary table bench_report as select r.id, r.reference, r.status, "
                + "r.received_at, r.closed_at, r.anonymous, r.owning_agency_code, p.i, p.subject_id "
                + "from report r join bench_plan p on r.reference = 'BEN-' || lpad(p.i::text, 9, '0')");
        run(jdbc, took, "people involved", "insert into report_subject (report_id, person_id, role) "
                + "select r.id, r.subject_id, case when r.i % 4 = 0 then 'VICTIM' else 'ALLEGED_PERPETRATOR' end "
                + "from bench_report r "
                + "union all select r.id, c.person_offset + 1 + (r.i * 31) % " + people + ", 'WITNESS' "
                + "from bench_report r, bench_codes c where r.i % 3 = 0");
        run(jdbc, took, "tasking meetings", "insert into tasking_meeting (meeting_date, chair, started_at, ended_at) "
                + "select d, 'supervisor', d + time '09:30', d + time '10:15' "
                + "from generate_series(current_date - " + DAYS + ", current_date - 1, interval '1 day') d");
        jdbc.execute("insert into tasking_meeting_agency (meeting_id, agency_code) select m.id, a.code "
                + "from tasking_meeting m, agency a where m.chair = 'supervisor' and m.started_at < current_date "
                + "and a.code in ('SDC_CSU', 'KENT_POLICE') on conflict do nothing");
        run(jdbc, took, "tasking reviews", "insert into tasking_review (meeting_id, report_id, reviewed_at, reviewed_by, "
                + "decision, note) select m.id, r.id, m.started_at + interval '5 minutes', 'supervisor', "
                + "case when r.i % 2 = 0 or r.status = 'IN_PROGRESS' then 'ACTIONS' else 'NO_FURTHER_ACTION' end, null "
                + "from bench_report r join tasking_meeting m on m.meeting_date = cast(r.received_at as date) + 1 "
                + "and m.chair = 'supervisor' where r.status <> 'NEW'");
        run(jdbc, took, "actions", "insert into action (report_id, report_reference, owner_kind, owner_id, "
                + "owner_reference, agency_code, description, due_date, status, outcome, source, created_at, created_by, "
                + "completed_at, completed_by) "
                + "select r.id, r.reference, 'REPORT', r.id, r.reference, c.agencies[1 + (r.i + n) % array_length(c.agencies, 1)], "
                + "'Visit the address and speak to the household', cast(r.received_at as date) + 7, "
                + "case when r.status = 'CLOSED' then 'DONE' else 'OPEN' end, "
                + "case when r.status = 'CLOSED' then 'Visited, advice given' end, 'DAILY_TASKING', "
                + "r.received_at + interval '1 day', 'supervisor', "
                + "case when r.status = 'CLOSED' then r.closed_at end, case when r.status = 'CLOSED' then 'bench' end "
                + "from bench_report r cross join generate_series(0, 1) n, bench_codes c "
                + "where r.status <> 'NEW' and ((n = 0 and (r.i % 2 = 0 or r.status = 'IN_PROGRESS')) or (n = 1 and r.i % 5 = 0))");
        run(jdbc, took, "timelines", "insert into report_event (report_id, occurred_at, actor, kind, detail) "
                + "select r.id, r.received_at, 'bench', 'LOGGED', 'Report logged' from bench_report r "
                + "union all select r.id, r.received_at + interval '1 day', 'supervisor', 'REVIEWED', "
                + "'Reviewed at the daily tasking' from bench_report r where r.status <> 'NEW' "
                + "union all select r.id, r.closed_at, 'bench', 'CLOSED', 'Closed' from bench_report r "
                + "where r.status = 'CLOSED'");
        String hi = "'" + processDefinition + "'";
        run(jdbc, took, "process instances (history)", "insert into act_hi_procinst (id_, proc_inst_id_, business_key_, "
                + "proc_def_key_, proc_def_id_, start_time_, end_time_, removal_time_, duration_, start_user_id_, "
                + "start_act_id_, end_act_id_, root_proc_inst_id_, state_) "
                + "select 'bench-' || r.i, 'bench-' || r.i, r.reference, 'csu-daily-tasking', " + hi + ", r.received_at, "
                + "r.closed_at, r.closed_at + interval '2190 days', "
                + "(extract(epoch from r.closed_at - r.received_at) * 1000)::bigint, 'bench', 'reportLogged', "
                + "case when r.status = 'CLOSED' then 'reportClosed' end, 'bench-' || r.i, "
                + "case when r.status = 'CLOSED' then 'COMPLETED' else 'ACTIVE' end from bench_report r");
        run(jdbc, took, "activities (history)", "insert into act_hi_actinst (id_, proc_def_key_, proc_def_id_, "
                + "root_proc_inst_id_, proc_inst_id_, execution_id_, act_id_, task_id_, act_type_, start_time_, end_time_, "
                + "duration_, act_inst_state_, sequence_counter_, removal_time_) "
                + "select 'bench-' || r.i || '-' || a.n, 'csu-daily-tasking', " + hi + ", 'bench-' || r.i, "
                + "'bench-' || r.i, 'bench-' || r.i, a.act, case when a.act = 'reviewAtTasking' then 'bench-' || r.i end, "
                + "a.kind, r.received_at + a.n * interval '1 second', "
                + "case when a.act <> 'reviewAtTasking' or r.status <> 'NEW' then r.received_at + a.n * interval '1 second' end, "
                + "0, case when a.act <> 'reviewAtTasking' or r.status <> 'NEW' then 1 else 0 end, a.n, "
                + "r.closed_at + interval '2190 days' from bench_report r cross join (values "
                + "(1, 'reportLogged', 'startEvent'), (2, 'split', 'parallelGateway'), "
                + "(3, 'caseReviewThresholdReached', 'exclusiveGateway'), (4, 'reviewAtTasking', 'userTask')) "
                + "as a(n, act, kind)");
        run(jdbc, took, "review tasks (history)", "insert into act_hi_taskinst (id_, task_def_key_, proc_def_key_, "
                + "proc_def_id_, root_proc_inst_id_, proc_inst_id_, execution_id_, act_inst_id_, name_, start_time_, "
                + "end_time_, duration_, priority_, removal_time_, task_state_) "
                + "select 'bench-' || r.i, 'reviewAtTasking', 'csu-daily-tasking', " + hi + ", 'bench-' || r.i, "
                + "'bench-' || r.i, 'bench-' || r.i, 'bench-' || r.i || '-4', 'Review at daily tasking', r.received_at, "
                + "case when r.status <> 'NEW' then r.received_at + interval '1 day' end, "
                + "case when r.status <> 'NEW' then 86400000 end, 50, r.closed_at + interval '2190 days', "
                + "case when r.status = 'NEW' then 'Created' else 'Completed' end from bench_report r");
        run(jdbc, took, "variables (history)", "insert into act_hi_varinst (id_, proc_def_key_, proc_def_id_, "
                + "root_proc_inst_id_, proc_inst_id_, execution_id_, act_inst_id_, name_, var_type_, create_time_, rev_, "
                + "long_, text_, state_, removal_time_) "
                + "select 'bench-' || r.i || '-' || v.name, 'csu-daily-tasking', " + hi + ", 'bench-' || r.i, "
                + "'bench-' || r.i, 'bench-' || r.i, 'bench-' || r.i, v.name, v.kind, r.received_at, 0, "
                + "case v.name when 'reportId' then r.id when 'anonymous' then case when r.anonymous then 1 else 0 end "
                + "when 'caseReviewThreshold' then 0 end, "
                + "case when v.name = 'owningAgencyCode' then r.owning_agency_code end, 'CREATED', "
                + "r.closed_at + interval '2190 days' from bench_report r cross join (values ('reportId', 'long'), "
                + "('owningAgencyCode', 'string'), ('anonymous', 'boolean'), ('caseReviewThreshold', 'boolean')) "
                + "as v(name, kind)");
        jdbc.execute("drop table bench_report");
        jdbc.execute("drop table bench_plan");
        jdbc.execute("drop table bench_codes");
        run(jdbc, took, "vacuum analyze", "vacuum analyze");
        jdbc.execute("set synchronous_commit = on");
        return took;
    }

    private static void run(JdbcTemplate jdbc, Map<String, Double> took, String what, String sql) {
        long start = System.nanoTime();
        jdbc.execute(sql);
        took.merge(what, (System.nanoTime() - start) / 1e9, Double::sum);
    }
}
