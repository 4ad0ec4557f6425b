package org.csucasework.actions;

import java.util.Objects;

/**
 * The record an action belongs to: its kind, its id and its reference. The reference is also the business key of the
 * owner's process, the one that carries the action's user task ({@link ActionSubprocess}).
 */
public record ActionOwner(ActionOwnerKind kind, Long id, String reference) {

    public ActionOwner {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(reference, "reference");
    }

    public static ActionOwner report(Long reportId, String reference) {
        return new ActionOwner(ActionOwnerKind.REPORT, reportId, reference);
    }

    public static ActionOwner taskAndFinishGroup(Long groupId, String reference) {
        return new ActionOwner(ActionOwnerKind.TASK_AND_FINISH_GROUP, groupId, reference);
    }

    public static ActionOwner caseReview(Long caseReviewId, String reference) {
        return new ActionOwner(ActionOwnerKind.CASE_REVIEW, caseReviewId, reference);
    }

    public static ActionOwner communityMarac(Long referralId, String reference) {
        return new ActionOwner(ActionOwnerKind.COMMUNITY_MARAC, referralId, reference);
    }
}
