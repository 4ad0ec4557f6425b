package org.csucasework.intake;

import java.util.List;

/**
 * The subjects of a report that reached the Task and Finish Group threshold with it: its place ({@code null} when the
 * place did not) and the people involved who did. Ids only.
 */
public record TaskAndFinishSubjects(Long placeId, List<Long> personIds) {

    public TaskAndFinishSubjects {
        personIds = personIds == null ? List.of() : List.copyOf(personIds);
    }

    public boolean isEmpty() {
        return placeId == null && personIds.isEmpty();
    }
}
