package org.csucasework.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Supplier;
import org.csucasework.intake.ReportFilter;
import org.csucasework.intake.ReportLists;
import org.csucasework.intake.ReportStatus;
import org.csucasework.search.SearchQuery;
import org.csucasework.search.SearchService;
import org.csucasework.worklist.WorkListService;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

/** The case record's queries (issue 14), measured on a seeded county: for {@link CountyBenchmark} and {@link CaseRecordBenchmark}. */
final class CaseRecordMeasurements {

    private final JdbcTemplate jdbc;
    private final SearchService search;
    private final ReportLists reports;
    private final WorkListService workList;
    private final int samples;

    CaseRecordMeasurements(JdbcTemplate jdbc, SearchService search, ReportLists reports, WorkListService workList,
                           int samples) {
        this.jdbc = jdbc;
        this.search = search;
        this.reports = reports;
        this.workList = workList;
        this.samples = samples;
    }

    /**
     * Issue 14: search by a surname and by the surname with a letter wrong (as a caseworker, who sees every report,
     * and as a partner officer, whose search runs over their agency's reports only), a page of the reports list
     * (everything, newest first, with the total; and a caseworker's open cases) and the work list.
     */
    String measure(Random random) {
        List<String> surnames = new ArrayList<>(jdbc.queryForList("select distinct split_part(full_name, ' ', 2) "
                + "from person where full_name not like 'Bench%' and full_name like '% %'", String.class));
        java.util.Collections.sort(surnames);
        long withSurname = jdbc.queryForObject("select count(*) from person where name_key like ?", Long.class,
                "% " + surnames.get(0).toLowerCase(Locale.ROOT));
        Supplier<String> surname = () -> surnames.get(random.nextInt(surnames.size()));
        // One letter changed in the middle of the surname: "Ashford" becomes "Ashfxrd".
        Supplier<String> misspelt = () -> {
            String name = surname.get();
            int at = name.length() / 2;
            return name.substring(0, at) + (name.charAt(at) == 'x' ? 'q' : 'x') + name.substring(at + 1);
        };
        runAs("caseworker", "ROLE_CASEWORKER");
        int hits = search.search(surnames.get(0), null, null).size();
        int nearHits = search.search(misspelt.get(), null, null).size();
        Measurements bySurname = time(samples, () -> search.search(surname.get(), null, null));
        Measurements byMisspelt = time(samples, () -> search.search(misspelt.get(), null, null));
        long total = reports.list(ReportFilter.all()).total();
        Measurements listPage = time(samples, () -> reports.list(ReportFilter.all()
                .withPage(random.nextInt(40), ReportFilter.DEFAULT_SIZE)));
        ReportFilter myOpen = new ReportFilter(java.util.EnumSet.of(ReportStatus.NEW, ReportStatus.IN_PROGRESS), null,
                null, ReportFilter.ME, null, java.util.Set.of(), 0, ReportFilter.DEFAULT_SIZE, null);
        long mine = reports.list(myOpen).total();
        Measurements myCases = time(samples, () -> reports.list(myOpen));
        int workItems = workList.forCurrentUser().size();
        Measurements caseworkerWork = time(samples, () -> workList.forCurrentUser());
        runAs("police", "ROLE_PARTNER");
        int partnerHits = search.search(surnames.get(0), null, null).size();
        Measurements partnerSurname = time(samples, () -> search.search(surname.get(), null, null));
        int partnerWorkItems = workList.forCurrentUser().size();
        Measurements partnerWork = time(samples, () -> workList.forCurrentUser());
        SecurityContextHolder.clearContext();
        return """

                Search, the reports list and the work list (issue 14), as the signed-in user through the services:
                %,d surnames among the people, e.g. %,d people named %s; a search answers the best %d cases.

                | query | median | 95th percentile |
                |---|---|---|
                | search by a surname alone, as a caseworker (%d results for %s) | %s | %s |
                | search by a surname with a letter wrong, as a caseworker (%d results for one) | %s | %s |
                | search by a surname, as a partner officer (Kent Police; %d results for %s) | %s | %s |
                | reports list, a page of 25 of all %,d reports newest first, with the total | %s | %s |
                | reports list, a caseworker's open cases (%,d), first page with the total | %s | %s |
                | work list, as a caseworker (%,d items) | %s | %s |
                | work list, as a partner officer (%,d items) | %s | %s |
                """.formatted(surnames.size(), withSurname, surnames.get(0), SearchQuery.DEFAULT_LIMIT,
                hits, surnames.get(0), Measurements.ms(bySurname.medianMillis()), Measurements.ms(bySurname.p95Millis()),
                nearHits, Measurements.ms(byMisspelt.medianMillis()), Measurements.ms(byMisspelt.p95Millis()),
                partnerHits, surnames.get(0), Measurements.ms(partnerSurname.medianMillis()),
                Measurements.ms(partnerSurname.p95Millis()),
                total, Measurements.ms(listPage.medianMillis()), Measurements.ms(listPage.p95Millis()),
                mine, Measurements.ms(myCases.medianMillis()), Measurements.ms(myCases.p95Millis()),
                workItems, Measurements.ms(caseworkerWork.medianMillis()), Measurements.ms(caseworkerWork.p95Millis()),
                partnerWorkItems, Measurements.ms(partnerWork.medianMillis()), Measurements.ms(partnerWork.p95Millis()));
    }


    private static void runAs(String username, String... authorities) {
        CountyBenchmark.runAs(username, authorities);
    }

    private static Measurements time(int samples, Supplier<?> operation) {
        for (int i = 0; i < Math.max(5, samples / 10); i++) {
            operation.get();
        }
        Measurements measurements = new Measurements();
        for (int i = 0; i < samples; i++) {
            long start = System.nanoTime();
            operation.get();
            measurements.add(System.nanoTime() - start);
        }
        return measurements;
    }
}
