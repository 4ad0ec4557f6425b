package org.csucasework.tasking;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.csucasework.actions.ActionView;
import org.csucasework.intake.ReportSummary;

/**
 * The daily tasking agenda for a day: reports new since they were logged and not yet reviewed, open actions due
 * that day or overdue grouped by agency, and open reports with a flag (Task and Finish suggestion, Case Review).
 * Open reports with a high-risk victim come first among the new reports and are listed on their own
 * ({@code highRisk}) on every day's agenda until the risk is lowered or the report closed (DESIGN.md 4.7).
 */
public record Agenda(LocalDate date, MeetingInfo meeting, List<ReportSummary> newReports,
                     Map<String, List<ActionView>> actionsByAgency, List<ReportSummary> flagged,
                     List<ReportSummary> highRisk) {

    public Agenda(LocalDate date, MeetingInfo meeting, List<ReportSummary> newReports,
                  Map<String, List<ActionView>> actionsByAgency, List<ReportSummary> flagged) {
        this(date, meeting, newReports, actionsByAgency, flagged, List.of());
    }

    /** The meeting in progress, if one is. */
    public record MeetingInfo(Long id, LocalDate date, String chair, List<String> agencies, int reviewed) {
    }
}
