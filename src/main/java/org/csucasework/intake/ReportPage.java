package org.csucasework.intake;

import java.util.List;

/** One page of a reports list with the number of reports the whole list holds. */
public record ReportPage(long total, int page, int size, List<ReportListItem> items) {
}
