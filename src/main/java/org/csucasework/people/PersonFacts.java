package org.csucasework.people;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * What the modules that hold reports know about a person that the people module's own screens must show, asked
 * without the people module depending on them (they depend on it): intake implements it. Marking a person is
 * intake's rule (repeat victim, possible hate incident, DESIGN.md 4.7); listing a person's reports lets a supervisor
 * split a record that mixes two people.
 */
public interface PersonFacts {

    /** What each of these people's reports mark them as (by person id; a person with none is left out). */
    Map<Long, List<Marker>> markersOf(Collection<Long> personIds);

    /** The reports in which the person is the reporter or named, newest first, each once. */
    List<PersonReport> reportsOf(Long personId);

    /** A marker by name, with why (the badge's accessible description). */
    record Marker(String label, String explanation) {
    }

    /** A report naming the person: its id (what a split moves), reference, when, category and roles, by name. */
    record PersonReport(Long reportId, String reference, Instant receivedAt, String categoryName, String roles) {
    }
}
