package org.csucasework.tasking;

import java.time.Instant;
import java.util.List;
import org.csucasework.actions.ActionView;
import org.csucasework.casehistory.HistoryItem;
import org.csucasework.intake.ReportDetails;

/** A report with everything that hangs off it: its actions, open process steps, reviews, referrals and timeline. */
public record CaseFile(ReportDetails report, List<ActionView> actions, List<OpenStep> openSteps,
                       List<Review> reviews, List<ReferralView> referrals, List<HistoryItem> timeline,
                       String processDefinitionId, List<String> activeActivityIds) {

    /** A step of the report's process waiting for someone. */
    public record OpenStep(String taskId, String step, String name, Instant created, java.util.Date due) {
    }

    public record Review(Long meetingId, Instant reviewedAt, String reviewedBy, ReviewDecision decision, String note) {
    }

    public record ReferralView(ReferralKind kind, String reason, Instant referredAt, String referredBy) {
    }
}
