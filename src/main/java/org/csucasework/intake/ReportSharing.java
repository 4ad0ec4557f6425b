package org.csucasework.intake;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.csucasework.audit.AuditRecordType;
import org.csucasework.audit.AuditTrail;
import org.csucasework.casehistory.CaseHistory;
import org.csucasework.casehistory.CaseRef;
import org.csucasework.intake.internal.ReportRepository;
import org.csucasework.intake.internal.ReportShareRepository;
import org.csucasework.reference.Agency;
import org.csucasework.reference.ReferenceDataService;
import org.csucasework.security.CurrentUser;
import org.csucasework.security.UserService;
import org.csucasework.shared.FieldError;
import org.csucasework.shared.NotFoundException;
import org.csucasework.shared.ValidationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sharing a report with another agency, whose officers then see it, its people and its history: by hand with the
 * reason (information sharing must be justified), or because the agency now has a part in the case.
 */
@Service
@RequiredArgsConstructor
public class ReportSharing {

    private final ReportService reportService;
    private final ReportRepository reports;
    private final ReportShareRepository shares;
    private final ReferenceDataService referenceData;
    private final UserService users;
    private final CaseHistory history;
    private final AuditTrail audit;
    private final Clock clock;

    /**
     * Shares a report with another agency by hand, with the reason (information sharing must be justified): for the
     * CSU and the owning agency only. Every broken rule is reported at its field. Sharing again with an agency that
     * already sees the report changes nothing.
     */
    @PreAuthorize("hasAnyRole('CASEWORKER', 'SUPERVISOR', 'PARTNER')")
    @Transactional
    public void shareWithAgency(String reference, String agencyCode, String reason) {
        Report report = reportService.requireManageable(reference);
        List<FieldError> errors = new ArrayList<>();
        String code = agencyCode == null ? "" : agencyCode.trim();
        if (code.isEmpty() || referenceData.agency(code).isEmpty()) {
            errors.add(new FieldError("agencyCode", "Choose the agency to share the report with"));
        }
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            errors.add(new FieldError("reason", "Say why the agency needs to see this report"));
        } else if (why.length() > ReportFieldLimits.SHARE_REASON) {
            errors.add(new FieldError("reason",
                    "At most " + ReportFieldLimits.SHARE_REASON + " characters"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        shareWith(report.getId(), code, why);
    }

    /**
     * Shares the report with an agency on behalf of the daily tasking or a group (for example because the agency now
     * owns an action on it); the caller has checked that the user may. Repeats are ignored.
     */
    @Transactional
    public void shareWith(Long reportId, String agencyCode, String reason) {
        Report report = reports.findById(reportId).orElseThrow(() -> new NotFoundException("No such report"));
        if (report.getOwningAgencyCode().equals(agencyCode) || shares.existsByReportIdAndAgencyCode(reportId, agencyCode)) {
            return;
        }
        String actor = users.currentUser().map(CurrentUser::username).orElse("system");
        shares.save(new ReportShare(reportId, agencyCode, reason, clock.instant(), actor));
        // The audit trail keeps the code; the history is read by people, so it names the agency.
        audit.changed(AuditRecordType.REPORT, report.getReference(), "Shared with " + agencyCode + ": " + reason);
        String agency = referenceData.agency(agencyCode).map(Agency::getName).orElse(agencyCode);
        history.record(CaseRef.report(reportId), actor, "SHARED", "Shared with " + agency + ": " + reason);
    }
}
