package org.csucasework.taskgroups;

import java.util.Set;

/**
 * What the groups list shows: statuses (empty: all), and optionally text in the place's or person's name, the lead's
 * username and a member agency.
 */
public record GroupFilter(Set<GroupStatus> statuses, String placeText, String personText, String leadUsername,
                          String agencyCode) {

    public GroupFilter {
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
    }

    public static GroupFilter all() {
        return new GroupFilter(Set.of(), null, null, null, null);
    }
}
