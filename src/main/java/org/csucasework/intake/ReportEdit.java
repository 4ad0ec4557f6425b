package org.csucasework.intake;

import java.util.List;

/**
 * A change to a logged report's details. {@code version} is the version the user started from (a change to a report
 * someone else has changed since is refused); every other field left null stays as it is. {@code subjects}, when
 * given, is the whole new list of people involved (a person on record by {@code personId}, or by name and date of
 * birth). {@code incidentDate} is the day the behaviour happened. {@code caseOfficer} (a username) is for supervisors: handing the report to another officer.
 * {@code hateCharacteristics}, when given, is the whole new set of protected characteristics the victim says they were
 * targeted for (empty: none).
 */
public record ReportEdit(Long version, String categoryCode, String wardCode, String location, String description,
                         java.time.LocalDate incidentDate, List<NewReport.Subject> subjects, String caseOfficer,
                         java.util.Set<HateCharacteristic> hateCharacteristics) {
}
