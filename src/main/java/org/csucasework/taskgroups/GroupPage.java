package org.csucasework.taskgroups;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Set;
import org.csucasework.actions.ActionView;
import org.csucasework.intake.ReportSummary;
import org.csucasework.shared.MeetingStatus;

/**
 * Everything a group's page shows: the group, its linked reports (those the user may see), meetings, action plan,
 * timeline, the steps of its process now open (and when the next review falls due while it waits for one), and what
 * the signed-in user may do with it.
 */
public record GroupPage(GroupSummary group, String decisionNote, String decidedBy, Instant decidedAt,
                        String outcomeReason, List<LinkedReport> reports, List<MeetingView> meetings,
                        List<ActionView> actions, List<TimelineEntry> timeline, List<OpenStep> openSteps,
                        Date nextReviewDue, List<String> activeActivityIds, Permissions permissions) {

    public record LinkedReport(ReportSummary report, String reason, Instant linkedAt) {
    }

    public record MeetingView(Long id, LocalDate date, MeetingKind kind, MeetingStatus status,
                              Set<String> attendingAgencies, String minutes, Instant heldAt, String recordedBy) {
    }

    public record TimelineEntry(Instant at, String actor, String kind, String detail) {
    }

    /** A step of the group's process waiting for someone. */
    public record OpenStep(String step, String name, String assignee, Instant created, Date due) {
    }

    public record Permissions(boolean decide, boolean setUp, boolean manage) {
    }
}
