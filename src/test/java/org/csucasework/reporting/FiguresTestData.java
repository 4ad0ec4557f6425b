package org.csucasework.reporting;

import java.io.StringReader;
import java.util.List;
import java.util.UUID;
import org.csucasework.intake.ImportProgress;
import org.csucasework.intake.ReportImportService;
import org.csucasework.reference.Category;
import org.csucasework.reference.ReferenceDataService;
import org.csucasework.reference.ReferenceType;
import org.csucasework.shared.Role;
import org.csucasework.support.RunAs;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A small dataset with hand-computed figures, in years no other test uses (October 2000 – September 2002), imported
 * through the historic import once per test run. The period tested is January – March 2002 (whole months), so the
 * previous period is October – December 2001. Local times are the district's (Europe/London): 31 March 2002 23:30
 * is British Summer Time (22:30 UTC) and still March; 1 April 2002 00:30 BST is 31 March 23:30 UTC yet April.
 *
 * <p>After the import, report 14 is given a category and a ward the reference data does not know (as after a code
 * was removed), and an outcome code it does not know: figures must count it under UNKNOWN, not drop it. Category
 * FT_NOISE_RETIRED is a retired NOISE category.
 */
public final class FiguresTestData {

    static final String RETIRED_NOISE_CATEGORY = "FT_NOISE_RETIRED";
    static final String WINDOW_FROM = "2000-01-01";
    static final String WINDOW_TO = "2003-01-01";
    static final String HEADER = "reference,received_at,category_code,ward_code,location,source_agency_code,anonymous,closed_at,outcome_code\n";

    private static String prefix;

    private FiguresTestData() {
    }

    /** The reference of row {@code name} (r01 ... r15, p01 ... p13, q01, q02) of this run's dataset. */
    public static String ref(String name) {
        return prefix + name;
    }

    public static synchronized void ensureSeeded(JdbcTemplate jdbc, ReportImportService imports,
                                          ReferenceDataService referenceData) {
        if (prefix != null) {
            return;
        }
        String run = "FT" + UUID.randomUUID().toString().substring(0, 6).toUpperCase() + "-";
        // Earlier runs on the same database left their copy of the dataset in the window: remove it.
        jdbc.update("delete from case_history_entry where case_kind = 'REPORT' and case_id in (select id from report "
                + "where received_at >= ? and received_at < ?)", java.sql.Timestamp.valueOf(WINDOW_FROM + " 00:00:00"),
                java.sql.Timestamp.valueOf(WINDOW_TO + " 00:00:00"));
        for (String dependent : List.of("report_share")) {
            jdbc.update("delete from " + dependent + " where report_id in (select id from report where received_at >= ? "
                    + "and received_at < ?)", java.sql.Timestamp.valueOf(WINDOW_FROM + " 00:00:00"),
                    java.sql.Timestamp.valueOf(WINDOW_TO + " 00:00:00"));
        }
        jdbc.update("delete from report where received_at >= ? and received_at < ?",
                java.sql.Timestamp.valueOf(WINDOW_FROM + " 00:00:00"), java.sql.Timestamp.valueOf(WINDOW_TO + " 00:00:00"));
        if (referenceData.findByCode(ReferenceType.CATEGORIES, RETIRED_NOISE_CATEGORY).isEmpty()) {
            Category retired = new Category(RETIRED_NOISE_CATEGORY, "Retired noise category (test)", "NOISE", "NUISANCE");
            retired.setActive(false);
            RunAs.administrator(() -> referenceData.save(ReferenceType.CATEGORIES, retired));
        }
        String csv = HEADER + String.join("\n", List.of(
                // This period, January - March 2002
                run + "r01,2002-01-10T10:00:00,NOIALM,E05005008,1 Test Lane,KENT_POLICE,false,2002-01-20,RESOLVED",
                run + "r02,2002-01-15T10:00:00,NOIALM,E05005009,,SDC_CSU,true,2002-01-25,NO_FURTHER_ACTION",
                run + "r03,2002-02-01T00:00:00,NOIALM,E05005008,1 Test Lane,SDC_CSU,,2002-02-10,RESOLVED",
                run + "r04,2002-01-31T23:59:00,NOIDOG,,,KENT_POLICE,,2002-02-05,RESOLVED",
                run + "r05,2002-03-31T23:30:00,NOIDOG,E05005008,,WKHA,,2002-04-02,",
                run + "r06,2002-03-15T12:00:00,NOIDOG,E05005010,,KENT_POLICE,,2002-03-20,RESOLVED",
                run + "r07,2002-01-20T12:00:00,NOIDIY,E05005008,,SDC_CSU,,2002-01-21,RESOLVED",
                run + "r08,2002-02-14T12:00:00,NOIDIY,E05005008,,SDC_CSU,,2002-02-21,RESOLVED",
                run + "r09,2002-02-15T12:00:00,NOIDIY,E05005008,,SDC_CSU,,2002-02-21,RESOLVED",
                run + "r10,2002-03-01T12:00:00,NOIDIY,E05005008,,SDC_CSU,,2002-03-21,RESOLVED",
                run + "r11,2002-02-20T12:00:00,NOIMUS,E05005009,,SDC_CSU,,2002-02-21,RESOLVED",
                run + "r12,2002-01-05T12:00:00,ASB_NUISANCE,E05005008,,KENT_POLICE,,2002-01-21,RESOLVED",
                run + "r13,2002-03-03T12:00:00," + RETIRED_NOISE_CATEGORY + ",E05005008,,SDC_CSU,,2002-03-21,RESOLVED",
                run + "r14,2002-02-02T12:00:00,ASB_NUISANCE,E05005011,,SDC_CSU,,2002-02-21,RESOLVED",
                // April, outside the period although 31 March in UTC
                run + "r15,2002-04-01T00:30:00,NOIALM,E05005008,,SDC_CSU,,2002-04-21,RESOLVED",
                // The previous period, October - December 2001
                run + "p01,2001-11-10T12:00:00,NOIALM,E05005012,,KENT_POLICE,,2001-11-21,RESOLVED",
                run + "p02,2001-12-31T23:30:00,NOIALM,E05005012,,KENT_POLICE,,2002-01-02,RESOLVED",
                run + "p03,2001-10-10T12:00:00,NOIDOG,E05005012,,KENT_POLICE,,2001-11-21,RESOLVED",
                run + "p04,2001-11-10T12:00:00,NOIDOG,E05005012,,KENT_POLICE,,2001-11-21,RESOLVED",
                run + "p05,2001-12-10T12:00:00,NOIDOG,E05005012,,KENT_POLICE,,2001-12-21,RESOLVED",
                run + "p06,2001-10-11T12:00:00,NOIDIY,E05005012,,KENT_POLICE,,2001-11-21,RESOLVED",
                run + "p07,2001-11-11T12:00:00,NOIDIY,E05005012,,KENT_POLICE,,2001-11-21,RESOLVED",
                run + "p08,2001-12-11T12:00:00,NOIDIY,E05005012,,KENT_POLICE,,2001-12-21,RESOLVED",
                run + "p09,2001-10-12T12:00:00,NOIPAR,E05005012,,KENT_POLICE,,2001-11-21,RESOLVED",
                run + "p10,2001-11-12T12:00:00,NOIPAR,E05005012,,KENT_POLICE,,2001-11-21,RESOLVED",
                run + "p11,2001-12-12T12:00:00,NOIPAR,E05005012,,KENT_POLICE,,2001-12-21,RESOLVED",
                run + "p12,2001-10-05T12:00:00,ASB_NUISANCE,,,KENT_POLICE,,2001-10-21,RESOLVED",
                // September 2001 in the district (BST), before the previous period
                run + "p13,2001-09-30T23:30:00,NOIALM,E05005012,,KENT_POLICE,,2001-10-02,RESOLVED",
                // The Strategic Assessment year before (October 2000 - September 2001), for the priority suggestions
                run + "q01,2001-05-01T12:00:00,NOIMUS,E05005012,,KENT_POLICE,,2001-05-21,RESOLVED",
                run + "q02,2001-06-01T12:00:00,NOIMUS,E05005012,,KENT_POLICE,,2001-06-21,RESOLVED"));
        RunAs.user("analyst", () -> imports.importCsv(new StringReader(csv), ImportProgress.NONE), Role.ANALYST);
        jdbc.update("update report set category_code = 'FT_GONE', ward_code = 'E05999999', "
                + "outcome_code = 'FT_OLD_OUTCOME' where reference = ?", run + "r14");
        prefix = run;
    }
}
