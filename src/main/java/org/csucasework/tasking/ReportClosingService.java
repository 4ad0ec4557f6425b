package org.csucasework.tasking;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.csucasework.intake.Report;
import org.csucasework.intake.ReportFieldLimits;
import org.csucasework.intake.ReportService;
import org.csucasework.intake.ReportStatus;
import org.csucasework.reference.Outcome;
import org.csucasework.reference.ReferenceDataService;
import org.csucasework.reference.ReferenceType;
import org.csucasework.security.CurrentUser;
import org.csucasework.security.UserService;
import org.csucasework.shared.ConflictException;
import org.csucasework.shared.DraftRules;
import org.csucasework.shared.FieldError;
import org.csucasework.shared.InputRules;
import org.csucasework.shared.Role;
import org.csucasework.shared.ValidationException;
import org.csucasework.tasking.process.ReportProcess;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The end of a report's life: telling the reporter (the outcome, and any right to an ASB Case Review), closing. */
@Service
@RequiredArgsConstructor
public class ReportClosingService {

    private final ReportService reports;
    private final ReportActions actions;
    private final ReferenceDataService referenceData;
    private final UserService users;
    private final ReportProcess process;
    private final DraftRules drafts;

    /** Records that the reporter was told the outcome (the "Update the reporter" step). */
    @Transactional
    public void reporterUpdated(String reference) {
        Report report = reports.requireManageable(reference);
        if (report.isAnonymous()) {
            throw ValidationException.of("reporterUpdated", "The report is anonymous: there is no reporter to update");
        }
        reports.markReporterUpdated(report.getId());
        process.completeUpdateReporter(reference);
    }

    /**
     * Records that the victim (or the reporter) was told of their right to an ASB Case Review, when the report reached
     * the threshold. CSU staff record it; the review itself starts only when someone applies (the casereview
     * module). Recording it again changes nothing.
     */
    @Transactional
    public void caseReviewRightTold(String reference, String note) {
        CurrentUser user = users.requireCurrentUser();
        if (!user.hasAny(Role.SUPERVISOR, Role.CASEWORKER)) {
            throw new AccessDeniedException("CSU caseworkers and supervisors record that the right was told");
        }
        if (note != null && note.length() > ReportFieldLimits.NOTE) {
            throw ValidationException.of("note", "At most " + ReportFieldLimits.NOTE + " characters");
        }
        Report report = reports.requireReadable(reference);
        if (report.isCaseReviewRightTold()) {
            return;
        }
        reports.markCaseReviewRightTold(report.getId());
        if (note != null && !note.isBlank()) {
            reports.recordEvent(report.getId(), "CASE_REVIEW_RIGHT_TOLD", "How: " + note.trim());
        }
    }

    /**
     * Closes the report with an outcome. The process is taken through the steps still ahead of it (review, the
     * report-back, the close), so its history shows each. Refused while actions are open.
     */
    @Transactional
    public void close(String reference, CloseReport close) {
        // A second close arriving at the same moment waits here, then finds the report closed: a clear conflict.
        reports.lockForChange(reference);
        Report report = reports.requireManageable(reference);
        if (report.getStatus() == ReportStatus.CLOSED) {
            throw new ConflictException("Report " + reference + " is already closed");
        }
        if (close.expectedVersion() != null && close.expectedVersion() != report.getVersion()) {
            throw new ConflictException("Someone else changed report " + reference
                    + " while you were working on it. Reload it and try again.");
        }
        List<FieldError> errors = new ArrayList<>();
        Optional<Outcome> outcome = referenceData.findByCode(ReferenceType.OUTCOMES, close.outcomeCode());
        if (close.outcomeCode() == null || close.outcomeCode().isBlank()) {
            errors.add(new FieldError("outcomeCode", "Choose the outcome"));
        } else if (outcome.isEmpty()) {
            errors.add(new FieldError("outcomeCode", "Unknown outcome " + close.outcomeCode()));
        } else if (outcome.get().isNeedsReason() && (close.note() == null || close.note().isBlank())) {
            errors.add(new FieldError("note", "Give the reason for \"" + outcome.get().getLabel() + "\""));
        }
        errors.addAll(drafts.problemsWith(close, ""));
        InputRules.checkText("note", close.note(), errors);
        if (!report.isAnonymous() && !close.reporterUpdated() && !report.isReporterUpdated()) {
            errors.add(new FieldError("reporterUpdated", "Tell the reporter the outcome before closing, and confirm it here"));
        }
        long open = actions.openActionsOf(report);
        if (open > 0) {
            errors.add(new FieldError("actions", open + (open == 1 ? " action is" : " actions are")
                    + " still open: complete or cancel them first"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        process.completeReview(reference, 0);
        process.allActionsDone(reference);
        if (!report.isAnonymous()) {
            if (!report.isReporterUpdated()) {
                reports.markReporterUpdated(report.getId());
            }
            process.completeUpdateReporter(reference);
        }
        process.completeClose(reference, close.outcomeCode());
        reports.close(report.getId(), report.getVersion(), close.outcomeCode(), close.note(), close.reporterUpdated());
    }
}
