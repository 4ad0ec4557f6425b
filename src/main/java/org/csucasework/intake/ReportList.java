package org.csucasework.intake;

import java.util.List;

/** The reports behind a figure that the signed-in user may see: how many, and the first of them. */
public record ReportList(long total, List<ReportSummary> reports) {
}
