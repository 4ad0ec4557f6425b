package org.csucasework.marac;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.csucasework.actions.ActionView;

/** A meeting with its agenda, attendance and each case's decision and actions, for members. */
public record MeetingPage(MeetingSummary meeting, Set<String> agenciesPresent, String attendees, String minutes,
                          List<Item> agenda, boolean canRun) {

    /** A case on the agenda: new or carried over, what the meeting decided, the actions agreed for it. */
    public record Item(Long id, ReferralSummary referral, boolean carriedOver, CaseDecision decision, String note,
                       List<ActionView> actions, long version) {
    }

    public LocalDate date() {
        return meeting.date();
    }
}
