package org.csucasework.intake;

import org.csucasework.people.PersonMatch;

/**
 * A person on record who may be one named on a new report: {@code field} says which ("reporter", "subjects[0]"),
 * {@code personId} is the new record the report was linked to, {@code match} the record that may be the same person.
 */
public record PossiblePersonMatch(String field, Long personId, PersonMatch match) {
}
