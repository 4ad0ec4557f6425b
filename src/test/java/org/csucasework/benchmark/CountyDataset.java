package org.csucasework.benchmark;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Seeds a county-scale dataset straight into PostgreSQL with set-based SQL: places, people, reports (mostly closed,
 * spread over two years), one person involved per report, and actions on half of them. Going round the services
 * would take hours at this size and measure the seeding, not the queries.
 */
final class CountyDataset {

    private CountyDataset() {
    }

    static void seed(JdbcTemplate jdbc, int reports) {
        int places = Math.max(reports / 4, 1);
        int people = Math.max(reports / 2, 1);
        jdbc.execute("insert into place (label, label_key, ward_code, created_at) "
                + "select 'Bench place ' || i, 'bench place ' || i, "
                + "(select ons_code from ward order by ons_code offset (i % 26) limit 1), now() "
                + "from generate_series(1, " + places + ") i");
        jdbc.execute("insert into person (full_name, name_key, date_of_birth, created_at) "
                + "select 'Bench Person ' || i, 'bench person ' || i, date '1960-01-01' + (i % 15000), now() "
                + "from generate_series(1, " + people + ") i");
        jdbc.execute("create temporary table bench_codes as select "
                + "(select array_agg(code order by code) from category) as categories, "
                + "(select array_agg(ons_code order by ons_code) from ward) as wards, "
                + "(select array_agg(code order by code) from agency) as agencies, "
                + "(select min(id) from place) as first_place, (select min(id) from person) as first_person");
        // 0.05% new (awaiting tasking), 2% in progress, the rest closed: a working partnership's proportions.
        jdbc.execute("insert into report (reference, received_at, category_code, ward_code, place_id, "
                + "source_agency_code, owning_agency_code, anonymous, reporter_person_id, description, status, "
                + "repeat_place, outcome_code, reporter_updated, closed_at, created_at, created_by) "
                + "select 'BEN-' || lpad(i::text, 9, '0'), now() - ((i % 730) || ' days')::interval - ((i % 1440) || ' minutes')::interval, "
                + "c.categories[1 + i % array_length(c.categories, 1)], c.wards[1 + i % 26], "
                + "c.first_place + (i * 7919) % " + places + ", c.agencies[1 + i % 5], 'SDC_CSU', i % 10 = 0, "
                + "case when i % 10 = 0 then null else c.first_person + (i * 104729) % " + people + " end, "
                + "'Benchmark report ' || i, "
                + "case when i % 2000 = 0 then 'NEW' when i % 50 = 0 then 'IN_PROGRESS' else 'CLOSED' end, "
                + "i % 3 = 0, case when i % 50 = 0 then null else 'RESOLVED' end, i % 50 <> 0, "
                + "case when i % 50 = 0 then null else now() - ((i % 730) || ' days')::interval + interval '10 days' end, "
                + "now(), 'bench' from generate_series(1, " + reports + ") i, bench_codes c");
        jdbc.execute("insert into report_subject (report_id, person_id, role) "
                + "select r.id, c.first_person + (r.id * 15485863) % " + people + ", "
                + "case when r.id % 4 = 0 then 'VICTIM' else 'ALLEGED_PERPETRATOR' end "
                + "from report r, bench_codes c where r.created_by = 'bench'");
        jdbc.execute("insert into action (report_id, report_reference, owner_kind, owner_id, owner_reference, "
                + "agency_code, description, due_date, status, source, created_at, created_by) "
                + "select r.id, r.reference, 'REPORT', r.id, r.reference, c.agencies[1 + r.id % 5], 'Benchmark action', "
                + "case when r.status = 'CLOSED' then cast(r.received_at as date) + 7 else current_date + cast(r.id % 21 - 10 as integer) end, "
                + "case when r.status = 'CLOSED' then 'DONE' else 'OPEN' end, 'DAILY_TASKING', r.received_at, 'bench' "
                + "from report r, bench_codes c where r.created_by = 'bench' and r.id % 2 = 0");
        jdbc.execute("drop table bench_codes");
        jdbc.execute("analyze");
    }
}
