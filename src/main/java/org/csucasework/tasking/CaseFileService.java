package org.csucasework.tasking;

import java.util.List;
import lombok.RequiredArgsConstructor;
import org.csucasework.intake.ReportDetails;
import org.csucasework.intake.ReportService;
import org.csucasework.tasking.process.ReportProcess;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Puts a report's case file together for its page and for {@code GET /api/reports/{reference}}. */
@Service
@RequiredArgsConstructor
public class CaseFileService {

    private final ReportService reports;
    private final ReportActions actions;
    private final TaskingMeetingService meetings;
    private final ReportProcess process;

    @Transactional(readOnly = true)
    public CaseFile caseFile(String reference) {
        ReportDetails report = reports.details(reference);
        List<CaseFile.OpenStep> steps = process.openTasks(reference).stream()
                .map(t -> new CaseFile.OpenStep(t.getId(), t.getTaskDefinitionKey(), t.getName(),
                        t.getCreateTime().toInstant(), t.getDueDate()))
                .toList();
        List<CaseFile.Review> reviews = meetings.reviewsOfReport(report.id()).stream()
                .map(r -> new CaseFile.Review(r.getMeetingId(), r.getReviewedAt(), r.getReviewedBy(), r.getDecision(),
                        r.getNote()))
                .toList();
        List<CaseFile.ReferralView> referrals = meetings.referralsOfReport(report.id()).stream()
                .map(r -> new CaseFile.ReferralView(r.getKind(), r.getReason(), r.getReferredAt(), r.getReferredBy()))
                .toList();
        String definitionId = process.processDefinitionId(reference).orElse(null);
        List<String> activeActivities = process.activeActivityIds(reference);
        return new CaseFile(report, actions.actionsOfReport(reference), steps, reviews, referrals,
                reports.timeline(reference), definitionId, activeActivities);
    }
}
