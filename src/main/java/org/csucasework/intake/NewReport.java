package org.csucasework.intake;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.csucasework.people.PersonDetails;

/**
 * A report as entered on the form or posted to the API.
 *
 * @param placeId   the place on record chosen from the suggestions, or null to match or record {@code location}
 * @param reporter  who reported it; ignored when {@code anonymous}
 * @param subjects  the people involved, each with their role
 * @param incidentDate the day the behaviour happened; null for the day the report was received (UK time)
 * @param riskAnswers the victim risk assessment's answers by question code, or null when none was made
 * @param hateCharacteristics what the victim says they were targeted for (none: not a hate incident as far as told)
 */
public record NewReport(Instant receivedAt, String categoryCode, String wardCode, Long placeId, String location,
                        String sourceAgencyCode, boolean anonymous, PersonDetails reporter,
                        List<Subject> subjects, String description, LocalDate incidentDate,
                        Map<String, Boolean> riskAnswers, java.util.Set<HateCharacteristic> hateCharacteristics) {

    public NewReport {
        subjects = subjects == null ? List.of() : List.copyOf(subjects);
        hateCharacteristics = hateCharacteristics == null || hateCharacteristics.isEmpty()
                ? java.util.Set.of() : java.util.Collections.unmodifiableSet(java.util.EnumSet.copyOf(hateCharacteristics));
        // null: no risk assessment was made (a copy keeps the order and any null an API client sent, to refuse it)
        riskAnswers = riskAnswers == null ? null : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(riskAnswers));
    }

    /** A report without protected characteristics ticked. */
    public NewReport(Instant receivedAt, String categoryCode, String wardCode, Long placeId, String location,
                     String sourceAgencyCode, boolean anonymous, PersonDetails reporter, List<Subject> subjects,
                     String description, LocalDate incidentDate, Map<String, Boolean> riskAnswers) {
        this(receivedAt, categoryCode, wardCode, placeId, location, sourceAgencyCode, anonymous, reporter, subjects,
                description, incidentDate, riskAnswers, null);
    }

    /** A report without a victim risk assessment. */
    public NewReport(Instant receivedAt, String categoryCode, String wardCode, Long placeId, String location,
                     String sourceAgencyCode, boolean anonymous, PersonDetails reporter, List<Subject> subjects,
                     String description, LocalDate incidentDate) {
        this(receivedAt, categoryCode, wardCode, placeId, location, sourceAgencyCode, anonymous, reporter, subjects,
                description, incidentDate, null, null);
    }

    /** A report whose behaviour happened on the day it was received. */
    public NewReport(Instant receivedAt, String categoryCode, String wardCode, Long placeId, String location,
                     String sourceAgencyCode, boolean anonymous, PersonDetails reporter, List<Subject> subjects,
                     String description) {
        this(receivedAt, categoryCode, wardCode, placeId, location, sourceAgencyCode, anonymous, reporter, subjects,
                description, null, null, null);
    }

    /** The day the behaviour happened: as given, or the day the report was received in UK time. */
    public LocalDate incidentDateOrReceived() {
        return incidentDate != null || receivedAt == null ? incidentDate
                : receivedAt.atZone(ReportService.ZONE).toLocalDate();
    }

    /** A person involved in the report and how. */
    public record Subject(SubjectRole role, PersonDetails person) {
    }
}
