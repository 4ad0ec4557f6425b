package org.csucasework.taskgroups;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.csucasework.actions.NewAction;

/**
 * A partnership site visit to record: the place, the group it was for (its reference, or null), the day, the agencies
 * present (at least two: it is a joint visit), the findings, and the follow-up: actions for the group's action plan
 * when the visit was for a group, otherwise a note of what is to follow.
 */
public record NewSiteVisit(Long placeId, String groupReference, LocalDate visitDate, Set<String> agencyCodes,
                           String findings, String followUp, List<NewAction> actions) {

    public NewSiteVisit {
        agencyCodes = agencyCodes == null ? Set.of() : Set.copyOf(agencyCodes);
        actions = actions == null ? List.of() : List.copyOf(actions);
    }
}
