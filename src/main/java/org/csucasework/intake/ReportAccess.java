package org.csucasework.intake;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import lombok.RequiredArgsConstructor;
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
@RequiredArgsConstructor
public class ReportAccess {

    private final ReportShareRepository shares;

    public boolean seesAllReports(CurrentUser user) {
        return user.hasAny(Role.CASEWORKER, Role.SUPERVISOR, Role.ANALYST, Role.ADMIN);
    }

    public boolean canRead(CurrentUser user, Report report) {
        return seesAllReports(user)
                || report.getOwningAgencyCode().equals(user.agencyCode())
                || shares.existsByReportIdAndAgencyCode(report.getId(), user.agencyCode());
    }

    /**
     * The reports of a list that the user may read, in their order: as {@link #canRead} for each, but with one
     * query for the shares of the whole list, so that a list of 200 costs one query rather than 200.
     */
    public List<Report> readable(CurrentUser user, List<Report> reports) {
        if (seesAllReports(user) || reports.isEmpty()) {
            return reports;
        }
        List<Long> notOwned = reports.stream().filter(r -> !r.getOwningAgencyCode().equals(user.agencyCode()))
                .map(Report::getId).toList();
        Set<Long> shared = notOwned.isEmpty() || user.agencyCode() == null ? Set.of()
                : new HashSet<>(shares.findReportIdsSharedWith(user.agencyCode(), notOwned));
        return reports.stream()
                .filter(r -> r.getOwningAgencyCode().equals(user.agencyCode()) || shared.contains(r.getId()))
                .toList();
    }

    /** Changing a report's course (closing, reporting back) is for CSU caseworkers and supervisors, or its owner. */
    public boolean canManage(CurrentUser user, Report report) {
        return user.hasAny(Role.CASEWORKER, Role.SUPERVISOR)
                || (user.has(Role.PARTNER) && report.getOwningAgencyCode().equals(user.agencyCode()));
    }
}
