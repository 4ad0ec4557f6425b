package org.csucasework.tasking;

/**
 * The daily tasking referred a report on. Published inside the review's transaction; the capability referred to
 * (Task and Finish Groups, Community MARAC, the escalation ladder) starts its own process from it. Ids only.
 *
 * @param referralId the recorded referral (who, when, why)
 * @param personId   the person the referral is about, where one was named (escalation needs one)
 */
public record ReportReferred(Long referralId, Long reportId, String reference, ReferralKind kind, Long personId) {
}
