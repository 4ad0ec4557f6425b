package org.csucasework.casereview;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.csucasework.intake.Report;
import org.csucasework.intake.ReportService;
import org.csucasework.shared.FieldError;
import org.csucasework.shared.NotFoundException;
import org.csucasework.shared.ValidationException;
import org.springframework.stereotype.Component;

/**
 * Checks an application and names every field at fault with the API's field names ({@code applicant.name},
 * {@code reportReferences[2]}, {@code incidents[0].incidentDate}), so that the form and the web form's server can
 * point at them. The law's condition for an application on someone's behalf (their consent) is enforced here.
 */
@Component
@RequiredArgsConstructor
class ApplicationCheck {

    /** How long before the application an incident may have happened and still be listed (a year typed wrong). */
    private static final int OLDEST_INCIDENT_YEARS = 10;

    private final ReportService reports;
    private final Clock clock;

    /** Checks the application and answers the reports it relies on, by reference, in the order given. */
    Map<String, Report> check(NewApplication application) {
        List<FieldError> errors = new ArrayList<>();
        if (application.applicantKind() == null) {
            errors.add(new FieldError("applicantKind", "Choose who is applying: VICTIM, ON_BEHALF, COMMUNITY or BUSINESS"));
        }
        checkApplicant(application.applicant(), errors);
        if (application.applicantKind() == ApplicantKind.ON_BEHALF) {
            if (blank(application.victimName())) {
                errors.add(new FieldError("victimName", "Name the victim the application is made on behalf of"));
            }
            if (!application.consentRecorded()) {
                errors.add(new FieldError("consentRecorded", "An application on someone's behalf needs the victim's "
                        + "consent: record that it was given, or the victim applies themselves"));
            }
        }
        limit(application.victimName(), CaseReviewFieldLimits.NAME, "victimName", errors);
        limit(application.consentNote(), CaseReviewFieldLimits.NOTE, "consentNote", errors);
        if (blank(application.description())) {
            errors.add(new FieldError("description", "Describe the behaviour the application is about"));
        } else {
            limit(application.description(), CaseReviewFieldLimits.DESCRIPTION, "description", errors);
        }
        int total = application.reportReferences().size() + application.incidents().size();
        if (total > CaseReviewFieldLimits.COMPLAINTS) {
            errors.add(new FieldError("reportReferences", "At most " + CaseReviewFieldLimits.COMPLAINTS
                    + " complaints in one application"));
            throw new ValidationException(errors);
        }
        Map<String, Report> found = reports(application.reportReferences(), errors);
        checkIncidents(application.incidents(), errors);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return found;
    }

    private void checkApplicant(NewApplication.Applicant applicant, List<FieldError> errors) {
        if (applicant == null || (applicant.personId() == null && blank(applicant.name()))) {
            errors.add(new FieldError("applicant.name", "Enter the applicant's name"));
            return;
        }
        limit(applicant.name(), CaseReviewFieldLimits.NAME, "applicant.name", errors);
        limit(applicant.phone(), CaseReviewFieldLimits.PHONE, "applicant.phone", errors);
        limit(applicant.email(), CaseReviewFieldLimits.EMAIL, "applicant.email", errors);
        limit(applicant.address(), CaseReviewFieldLimits.ADDRESS, "applicant.address", errors);
        if (!blank(applicant.email()) && !applicant.email().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            errors.add(new FieldError("applicant.email", "Enter an e-mail address like name@example.com"));
        }
        if (applicant.personId() == null && blank(applicant.phone()) && blank(applicant.email())
                && blank(applicant.address())) {
            errors.add(new FieldError("applicant.phone", "Enter a phone number, an e-mail address or a postal "
                    + "address, so the applicant can be told the decision"));
        }
    }

    /** Each reference must name a report on record; unknown ones are named, each at its place in the list. */
    private Map<String, Report> reports(List<String> references, List<FieldError> errors) {
        Map<String, Report> found = new LinkedHashMap<>();
        for (int i = 0; i < references.size(); i++) {
            String reference = references.get(i);
            String field = "reportReferences[" + i + "]";
            if (blank(reference)) {
                errors.add(new FieldError(field, "Enter a report reference, or leave it out"));
                continue;
            }
            String trimmed = reference.trim();
            if (trimmed.length() > 40 || found.containsKey(trimmed)) {
                if (trimmed.length() > 40) {
                    errors.add(new FieldError(field, "No report " + trimmed.substring(0, 40) + "..."));
                }
                continue;
            }
            try {
                found.put(trimmed, reports.requireReadable(trimmed));
            } catch (NotFoundException unknown) {
                errors.add(new FieldError(field, "No report " + trimmed + " on record"));
            }
        }
        return found;
    }

    private void checkIncidents(List<NewApplication.ListedIncident> incidents, List<FieldError> errors) {
        LocalDate today = LocalDate.now(clock.withZone(ReportService.ZONE));
        for (int i = 0; i < incidents.size(); i++) {
            NewApplication.ListedIncident incident = incidents.get(i);
            String prefix = "incidents[" + i + "].";
            if (incident == null) {
                errors.add(new FieldError("incidents[" + i + "]", "Describe the incident, or leave it out"));
                continue;
            }
            if (incident.incidentDate() == null) {
                errors.add(new FieldError(prefix + "incidentDate", "Enter the date the behaviour happened"));
            } else if (incident.incidentDate().isAfter(today)) {
                errors.add(new FieldError(prefix + "incidentDate", "The date of the behaviour cannot be in the future"));
            } else if (incident.incidentDate().isBefore(today.minusYears(OLDEST_INCIDENT_YEARS))) {
                errors.add(new FieldError(prefix + "incidentDate", "Check the year: more than "
                        + OLDEST_INCIDENT_YEARS + " years ago"));
            }
            if (incident.complainedOn() == null) {
                errors.add(new FieldError(prefix + "complainedOn", "Enter the date the complaint was made"));
            } else if (incident.complainedOn().isAfter(today)) {
                errors.add(new FieldError(prefix + "complainedOn", "The date of the complaint cannot be in the future"));
            } else if (incident.incidentDate() != null && incident.complainedOn().isBefore(incident.incidentDate())) {
                errors.add(new FieldError(prefix + "complainedOn",
                        "The complaint cannot have been made before the behaviour happened"));
            }
            if (blank(incident.description())) {
                errors.add(new FieldError(prefix + "description", "Describe what happened"));
            }
            limit(incident.description(), CaseReviewFieldLimits.INCIDENT, prefix + "description", errors);
            limit(incident.complainedTo(), CaseReviewFieldLimits.NAME, prefix + "complainedTo", errors);
        }
    }

    static void limit(String value, int max, String field, List<FieldError> errors) {
        if (value != null && value.indexOf('\u0000') >= 0) {
            errors.add(new FieldError(field, "Contains a character that cannot be stored (a NUL byte)"));
        } else if (value != null && value.length() > max) {
            errors.add(new FieldError(field, "At most " + max + " characters"));
        }
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
