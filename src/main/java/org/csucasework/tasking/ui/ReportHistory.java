package org.csucasework.tasking.ui;

import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import java.util.stream.Collectors;
import org.csucasework.intake.ReportFlag;
import org.csucasework.intake.ReportSummary;
import org.csucasework.shared.ui.UkDates;

/**
 * Other reports about a person or a place as a list of links, in one wording wherever it appears (the report's page,
 * the tasking meeting's decision panel): reference, the UK date it was received, its category and, where there is
 * room for it, its status and flags.
 */
final class ReportHistory {

    private ReportHistory() {
    }

    /**
     * The first {@code shown} reports (the service lists the newest first), and a last line counting the rest, so
     * that a long history does not push the decision off the screen.
     */
    static UnorderedList list(List<ReportSummary> reports, int shown, boolean withStatus) {
        UnorderedList list = new UnorderedList();
        list.addClassName("report-history-list");
        reports.stream().limit(shown).forEach(report -> list.add(new ListItem(ReportView.reportLink(report.reference()),
                new Span(", " + line(report, withStatus)))));
        if (reports.size() > shown) {
            int more = reports.size() - shown;
            list.add(new ListItem("and " + more + (more == 1 ? " earlier report" : " earlier reports")));
        }
        return list;
    }

    static String line(ReportSummary report, boolean withStatus) {
        String line = "received " + UkDates.day(UkDates.dayOf(report.receivedAt())) + ", " + report.categoryName();
        if (!withStatus) {
            return line;
        }
        return line + ", " + report.status().label() + (report.flags().isEmpty() ? ""
                : " (" + report.flags().stream().sorted().map(ReportFlag::label).collect(Collectors.joining("; "))
                + ")");
    }
}
