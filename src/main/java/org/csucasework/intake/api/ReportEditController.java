package org.csucasework.intake.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.csucasework.intake.NewReport;
import org.csucasework.intake.ReportEdit;
import org.csucasework.intake.ReportEditing;
import org.csucasework.intake.SubjectRole;
import org.csucasework.people.PersonDetails;
import org.csucasework.shared.FieldError;
import org.csucasework.shared.ValidationException;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code PATCH /api/reports/{reference}}: {@code version} plus any of {@code categoryCode}, {@code wardCode},
 * {@code location}, {@code description}, {@code incidentDate}, {@code subjects} (the whole new list) and, for supervisors,
 * {@code caseOfficer}, and {@code hateCharacteristics} (the whole new set; an unknown one refused naming it); 200 with the new version, 409 when someone else changed the report since that version.
 */
@RestController
@RequiredArgsConstructor
class ReportEditController {

    private final ReportEditing editing;

    record EditRequest(Long version, String categoryCode, String wardCode, String location, String description,
                       List<SubjectRequest> subjects, String caseOfficer, String incidentDate,
                       List<String> hateCharacteristics) {
    }

    record SubjectRequest(String role, String name, String dateOfBirth, Long personId) {
    }

    @PatchMapping("/api/reports/{reference}")
    Map<String, Object> edit(@PathVariable String reference, @RequestBody EditRequest request) {
        List<FieldError> errors = new ArrayList<>();
        LocalDate incidentDate = date(request.incidentDate(), "incidentDate", errors);
        List<NewReport.Subject> subjects = null;
        if (request.subjects() != null) {
            subjects = new ArrayList<>();
            for (int i = 0; i < request.subjects().size(); i++) {
                SubjectRequest subject = request.subjects().get(i);
                if (subject == null) {
                    subjects.add(null);
                    continue;
                }
                SubjectRole role = role(subject.role(), "subjects[" + i + "].role", errors);
                LocalDate born = date(subject.dateOfBirth(), "subjects[" + i + "].dateOfBirth", errors);
                subjects.add(new NewReport.Subject(role,
                        new PersonDetails(subject.personId(), subject.name(), born, null, null, null)));
            }
        }
        java.util.Set<org.csucasework.intake.HateCharacteristic> characteristics = request.hateCharacteristics() == null
                ? null : HateCharacteristicCodes.parse(request.hateCharacteristics(), errors);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        long version = editing.edit(reference, new ReportEdit(request.version(), blank(request.categoryCode()),
                blank(request.wardCode()), request.location(), request.description(), incidentDate, subjects,
                blank(request.caseOfficer()), characteristics));
        return Map.of("reference", reference, "version", version);
    }

    private static SubjectRole role(String text, String field, List<FieldError> errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return SubjectRole.valueOf(text.strip().toUpperCase(Locale.ROOT).replace(' ', '_'));
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(field, "One of VICTIM, COMPLAINANT, ALLEGED_PERPETRATOR, WITNESS"));
            return null;
        }
    }

    private static LocalDate date(String text, String field, List<FieldError> errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "Use an ISO-8601 date, e.g. 1990-05-17"));
            return null;
        }
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
