package org.csucasework.people;

import java.util.List;

/**
 * Two records in use that may be one person, for the supervisors' duplicates review side by side, with what matches
 * and what does not (as a user reads it: "same name", "different phone").
 */
public record DuplicatePair(Person first, Person second, List<String> matching, List<String> differing) {

    public DuplicatePair {
        matching = List.copyOf(matching);
        differing = List.copyOf(differing);
    }
}
