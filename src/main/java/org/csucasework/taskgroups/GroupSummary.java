package org.csucasework.taskgroups;

import java.time.Instant;
import java.util.List;

/** A group as lists show it. */
public record GroupSummary(Long id, String reference, String title, SubjectKind subjectKind, Long subjectId,
                           String subjectLabel, GroupStatus status, String leadUsername, String leadName,
                           List<String> memberAgencies, ProposalSource proposalSource, Instant proposedAt,
                           String proposedBy, String proposalReason, Instant setUpAt, GroupOutcome outcome,
                           Instant closedAt, int reviewIntervalWeeks, long version) {
}
