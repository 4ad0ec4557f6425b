package org.csucasework.casehistory.api;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import org.csucasework.casehistory.CaseKind;
import org.csucasework.shared.NotFoundException;

/**
 * Where each kind of case lives in the integration API, so that every case has the same history, notes and
 * documents calls under its own address ({@code /api/task-groups/TFG-2026-0001/history}, DESIGN.md 4.6).
 */
enum CasePaths {
    REPORT(CasePaths.REPORTS, CaseKind.REPORT),
    TASK_GROUP(CasePaths.TASK_GROUPS, CaseKind.TASK_GROUP),
    ESCALATION_CASE(CasePaths.ESCALATION_CASES, CaseKind.ESCALATION_CASE),
    MARAC_REFERRAL(CasePaths.MARAC_REFERRALS, CaseKind.MARAC_REFERRAL),
    CASE_REVIEW(CasePaths.CASE_REVIEWS, CaseKind.CASE_REVIEW);

    static final String REPORTS = "/api/reports";
    static final String TASK_GROUPS = "/api/task-groups";
    static final String ESCALATION_CASES = "/api/escalation/cases";
    static final String MARAC_REFERRALS = "/api/marac/referrals";
    static final String CASE_REVIEWS = "/api/case-reviews";

    private final String prefix;
    private final CaseKind kind;

    CasePaths(String prefix, CaseKind kind) {
        this.prefix = prefix;
        this.kind = kind;
    }

    /** The kind of case a request's address names (the controllers map only these addresses). */
    static CaseKind kindOf(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return Arrays.stream(values()).filter(p -> path.startsWith(p.prefix + "/")).map(p -> p.kind).findFirst()
                .orElseThrow(() -> new NotFoundException("No such case"));
    }
}
