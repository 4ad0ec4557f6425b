package org.csucasework.intake;

import org.csucasework.intake.internal.ReportShareRepository;
import org.csucasework.security.CurrentUser;
import org.csucasework.shared.Role;
import org.springframework.stereotype.Component;

/**
 * Who may see a report. CSU staff (caseworkers, supervisors, analysts, administrators) work across the
 * partnership and see every report; a partner officer sees the reports their agency owns or that are shared with it
 * (it has an action on it, or was added with a reason).
 */
@Component
public class ReportAccess {

    private final ReportShareRepository shares;

    ReportAccess(ReportShareRepository shares) {
        this.shares = shares;
    }

    public boolean seesAllReports(CurrentUser user) {
        return user.hasAny(Role.CASEWORKER, Role.SUPERVISOR, Role.ANALYST, Role.ADMIN);
    }

    public boolean canRead(CurrentUser user, Report report) {
        return seesAllReports(user)
                || report.getOwningAgencyCode().equals(user.agencyCode())
                || shares.existsByReportIdAndAgencyCode(report.getId(), user.agencyCode());
    }

    /** Changing a report's course (closing, reporting back) is for CSU caseworkers and supervisors, or its owner. */
    public boolean canManage(CurrentUser user, Report report) {
        return user.hasAny(Role.CASEWORKER, Role.SUPERVISOR)
                || (user.has(Role.PARTNER) && report.getOwningAgencyCode().equals(user.agencyCode()));
    }
}
