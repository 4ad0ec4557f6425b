package org.csucasework.casehistory;

import java.util.Objects;

/** A case whose history this is: its kind and its id in the owning module's table. */
public record CaseRef(CaseKind kind, long id) {

    public CaseRef {
        Objects.requireNonNull(kind, "kind");
    }

    public static CaseRef report(long reportId) {
        return new CaseRef(CaseKind.REPORT, reportId);
    }

    public static CaseRef taskGroup(long groupId) {
        return new CaseRef(CaseKind.TASK_GROUP, groupId);
    }

    public static CaseRef escalationCase(long caseId) {
        return new CaseRef(CaseKind.ESCALATION_CASE, caseId);
    }

    public static CaseRef maracReferral(long referralId) {
        return new CaseRef(CaseKind.MARAC_REFERRAL, referralId);
    }

    public static CaseRef caseReview(long reviewId) {
        return new CaseRef(CaseKind.CASE_REVIEW, reviewId);
    }
}
