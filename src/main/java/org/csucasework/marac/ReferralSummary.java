package org.csucasework.marac;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A referral or case as MARAC lists show it (to members and to its referrer only).
 *
 * @param nextMeeting the meeting the case is on the agenda of, for a case on the list
 * @param earlierReferrals open referrals about the same people, when submitted or saved (a warning); empty in lists
 */
public record ReferralSummary(String reference, ReferralStatus status, MaracSubjectKind subjectKind,
                              String subjectLabel, List<String> criteria, String referrerUsername,
                              String referrerAgencyCode, Instant submittedAt, int submissions, LocalDate nextMeeting,
                              List<EarlierReferral> earlierReferrals) {

    public ReferralSummary {
        earlierReferrals = earlierReferrals == null ? List.of() : List.copyOf(earlierReferrals);
    }

    ReferralSummary withEarlierReferrals(List<EarlierReferral> earlier) {
        return new ReferralSummary(reference, status, subjectKind, subjectLabel, criteria, referrerUsername,
                referrerAgencyCode, submittedAt, submissions, nextMeeting, earlier);
    }
}
