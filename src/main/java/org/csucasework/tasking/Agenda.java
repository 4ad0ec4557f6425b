package org.csucasework.tasking;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.csucasework.intake.ReportSummary;

/**
 * The daily tasking agenda for a day: reports new since they were logged and not yet reviewed, open actions due
 * that day or overdue grouped by agency, and open reports with a flag (Task and Finish suggestion, Case Review).
 */
public record Agenda(LocalDate date, MeetingInfo meeting, List<ReportSummary> newReports,
                     Map<String, List<ActionView>> actionsByAgency, List<ReportSummary> flagged) {

    /** The meeting in progress, if one is. */
    public record MeetingInfo(Long id, LocalDate date, String chair, List<String> agencies, int reviewed) {
    }
}
