package org.csucasework.casereview;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.csucasework.actions.ActionView;
import org.csucasework.casehistory.HistoryItem;

/**
 * Everything about one ASB Case Review that its page and {@code GET /api/case-reviews/{reference}} show.
 *
 * @param thresholdMet          the coordinator's decision, or null while it is awaited
 * @param thresholdMetByRule    what the count of qualifying complaints says, before the coordinator decides
 * @param qualifyingComplaints  each complaint with whether it counts and why
 * @param history               the review's one history (DESIGN.md 4.6), newest first
 */
public record CaseReviewDetails(Long id, String reference, CaseReviewStatus status, ApplicantKind applicantKind,
                                String applicantName, String applicantPhone, String applicantEmail,
                                String applicantAddress, Long applicantPersonId, String victimName,
                                boolean consentRecorded, String consentNote, String description, LocalDate appliedOn,
                                LocalDate decisionDue, String threshold, int qualifyingCount,
                                int differentPeopleCount, boolean thresholdMetByRule, Boolean thresholdMet,
                                String decisionReason, Instant decidedAt, String decidedBy, Instant decisionToldAt,
                                LocalDate meetingDate, List<String> agenciesInvited, List<Information> information,
                                List<ActionView> recommendations, Instant reviewHeldAt, String outcome,
                                Instant outcomeToldAt, Instant escalationRequestedAt, String escalationReason,
                                String escalationResult, Instant closedAt,
                                List<ComplaintView> qualifyingComplaints, List<OpenStep> openSteps,
                                List<HistoryItem> history, long version) {

    /**
     * One complaint and the verdict on it. {@code onRecord} false marks an incident the applicant listed that no
     * agency recorded.
     */
    public record ComplaintView(Long id, boolean onRecord, String reportReference, LocalDate incidentDate,
                                LocalDate complainedOn, String complainedTo, String about, boolean counts,
                                String reason, boolean excluded, String exclusionReason) {
    }

    /** What one agency brought to the review. */
    public record Information(String agencyCode, String agencyName, String information, Instant recordedAt,
                              String recordedBy) {
    }

    /** A step of the review's process waiting for the coordinators. */
    public record OpenStep(String taskId, String step, String name, Instant created, Instant due) {
    }
}
