package org.csucasework.marac;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.csucasework.actions.ActionView;
import org.csucasework.intake.PersonMarker;
import org.csucasework.intake.ReportSummary;

/**
 * A referral or case with everything a member needs: the people, criteria, risk and history, the reports brought, the
 * lawful basis, the screening, every meeting's decision, the actions and the timeline.
 *
 * @param hiddenReports linked reports the viewer's agency may not open (counted, not shown)
 * @param markedPeople the people again, each with what their reports mark them as (repeat victim, possible hate
 *                     incident), whatever their role in the referral
 */
public record ReferralPage(ReferralSummary summary, List<String> people, String familyName, List<String> criteriaCodes,
                           String riskSummary, String historyToBring, LawfulBasis lawfulBasis, String lawfulBasisNote,
                           List<ReportSummary> reports, int hiddenReports, String screenedBy, Instant screenedAt,
                           String screeningNote, String closeReason, List<Discussion> discussions,
                           List<ActionView> actions, List<HistoryEntry> history, Permissions permissions,
                           List<MarkedPerson> markedPeople) {

    /** A person of the referral with their markers. */
    public record MarkedPerson(String name, Set<PersonMarker> markers) {
    }

    /** One meeting's discussion of the case. */
    public record Discussion(Long meetingId, LocalDate meetingDate, boolean carriedOver, CaseDecision decision,
                             String note) {
    }

    /** One entry of the case's MARAC history. */
    public record HistoryEntry(Instant at, String actor, String kind, String detail) {
    }

    /** What the viewer may do here, for the screens (the services check again). */
    public record Permissions(boolean amend, boolean screen) {
    }
}
