package org.csucasework.intake;

import java.util.Set;

/**
 * What a reports list asks for: any of the statuses (none: every status), a ward, a category, the case officer
 * ({@link #ME} for the signed-in user, {@link #NOBODY} for reports without one), reports older than some days, reports
 * with all these flags; a page (from 0) of a size, sorted by a {@link ReportSort}.
 */
public record ReportFilter(Set<ReportStatus> statuses, String wardCode, String categoryCode, String owner,
                           Integer olderThanDays, Set<ReportFlag> flags, int page, int size, ReportSort sort) {

    public static final String ME = "me";
    public static final String NOBODY = "none";
    public static final int MAX_SIZE = 100;
    public static final int DEFAULT_SIZE = 25;

    public ReportFilter {
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
        flags = flags == null ? Set.of() : Set.copyOf(flags);
        sort = sort == null ? ReportSort.NEWEST : sort;
    }

    /** Every report the user may see, newest first, the first page. */
    public static ReportFilter all() {
        return new ReportFilter(Set.of(), null, null, null, null, Set.of(), 0, DEFAULT_SIZE, ReportSort.NEWEST);
    }

    public ReportFilter withPage(int page, int size) {
        return new ReportFilter(statuses, wardCode, categoryCode, owner, olderThanDays, flags, page, size, sort);
    }

    public ReportFilter withSort(ReportSort sort) {
        return new ReportFilter(statuses, wardCode, categoryCode, owner, olderThanDays, flags, page, size, sort);
    }
}
