package org.csucasework.intake;

import java.time.Instant;
import java.util.List;
import org.csucasework.people.PersonDetails;

/**
 * A report as entered on the form or posted to the API.
 *
 * @param placeId   the place on record chosen from the suggestions, or null to match or record {@code location}
 * @param reporter  who reported it; ignored when {@code anonymous}
 * @param subjects  the people involved, each with their role
 */
public record NewReport(Instant receivedAt, String categoryCode, String wardCode, Long placeId, String location,
                        String sourceAgencyCode, boolean anonymous, PersonDetails reporter,
                        List<Subject> subjects, String description) {

    public NewReport {
        subjects = subjects == null ? List.of() : List.copyOf(subjects);
    }

    /** A person involved in the report and how. */
    public record Subject(SubjectRole role, PersonDetails person) {
    }
}
