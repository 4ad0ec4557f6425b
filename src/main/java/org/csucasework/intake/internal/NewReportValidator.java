package org.csucasework.intake.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import lombok.RequiredArgsConstructor;
import org.csucasework.intake.NewReport;
import org.csucasework.intake.ReportFieldLimits;
import org.csucasework.intake.ReportService;
import org.csucasework.people.PeopleFieldLimits;
import org.csucasework.people.PersonDetails;
import org.csucasework.reference.Agency;
import org.csucasework.reference.Category;
import org.csucasework.reference.ReferenceDataService;
import org.csucasework.reference.ReferenceType;
import org.csucasework.reference.Ward;
import org.csucasework.risk.RiskAssessmentService;
import org.csucasework.shared.FieldError;
import org.csucasework.shared.InputRules;
import org.csucasework.shared.ValidationException;
import org.springframework.stereotype.Component;

/**
 * Checks a new report and names every field at fault, with the API's field names
 * ({@code reporter.name}, {@code subjects[1].role}, ...), so that the form and API clients can point at them.
 */
@Component
@RequiredArgsConstructor
public class NewReportValidator {

    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()\\-.]+");

    /** A report can be dated a little ahead of the server clock (a PC clock a few minutes fast), not more. */
    private static final Duration CLOCK_TOLERANCE = Duration.ofMinutes(10);
    /** Casework records start in 1990 (the oldest paper files imported); an earlier date is a typing mistake. */
    static final LocalDate EARLIEST_RECEIVED = LocalDate.of(1990, 1, 1);
    /** Nobody alive, and so nobody in a report, was born before 1900. */
    public static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);

    /** How long before its report the behaviour can have happened (historic reports of old behaviour included). */
    static final Period OLDEST_INCIDENT = Period.ofYears(10);

    private final ReferenceDataService referenceData;
    private final RiskAssessmentService risk;
    private final Clock clock;

    public void check(NewReport report) {
        List<FieldError> errors = new ArrayList<>();
        if (report.receivedAt() == null) {
            errors.add(new FieldError("receivedAt", "Enter the date and time the report was received"));
        } else if (report.receivedAt().isAfter(clock.instant().plus(CLOCK_TOLERANCE))) {
            errors.add(new FieldError("receivedAt", "The date received cannot be in the future"));
        } else {
            InputRules.checkWithin("receivedAt", LocalDate.ofInstant(report.receivedAt(), ZoneOffset.UTC),
                    EARLIEST_RECEIVED, LocalDate.now(clock), "The date received", errors);
        }
        checkIncidentDate(report, errors);
        InputRules.checkText("location", report.location(), errors);
        InputRules.checkText("description", report.description(), errors);
        if (blank(report.categoryCode())) {
            errors.add(new FieldError("categoryCode", "Choose a category"));
        } else if (referenceData.findByCode(ReferenceType.CATEGORIES, report.categoryCode())
                .filter(Category::isActive).isEmpty()) {
            errors.add(new FieldError("categoryCode", "Unknown category " + report.categoryCode()));
        }
        if (!blank(report.wardCode()) && referenceData.findByCode(ReferenceType.WARDS, report.wardCode())
                .filter(Ward::isActive).isEmpty()) {
            errors.add(new FieldError("wardCode", "Unknown ward " + report.wardCode()));
        }
        if (report.placeId() == null && blank(report.location())) {
            errors.add(new FieldError("location", "Enter the address or the name of the place"));
        } else if (report.location() != null && report.location().length() > ReportFieldLimits.LOCATION) {
            errors.add(new FieldError("location", "At most " + ReportFieldLimits.LOCATION + " characters"));
        }
        if (blank(report.sourceAgencyCode())) {
            errors.add(new FieldError("sourceAgencyCode", "Choose the agency the report came from"));
        } else if (referenceData.agency(report.sourceAgencyCode()).filter(Agency::isActive).isEmpty()) {
            errors.add(new FieldError("sourceAgencyCode", "Unknown agency " + report.sourceAgencyCode()));
        }
        if (!report.anonymous()) {
            checkReporter(report.reporter(), errors);
        }
        for (int i = 0; i < report.subjects().size(); i++) {
            NewReport.Subject subject = report.subjects().get(i);
            String prefix = "subjects[" + i + "].";
            if (subject.role() == null) {
                errors.add(new FieldError(prefix + "role", "Choose how this person is involved"));
            }
            checkPerson(subject.person(), prefix, errors);
        }
        if (blank(report.description())) {
            errors.add(new FieldError("description", "Describe what was reported"));
        } else if (report.description().length() > ReportFieldLimits.DESCRIPTION) {
            errors.add(new FieldError("description", "At most " + ReportFieldLimits.DESCRIPTION + " characters"));
        }
        if (report.riskAnswers() != null) {
            errors.addAll(risk.problems(report.riskAnswers()));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    /**
     * The behaviour happened on or before the day it was reported (UK days), and not more than
     * {@link #OLDEST_INCIDENT} before: a year typed wrong (0026, 2062) is caught here, not in a Case Review count.
     */
    private void checkIncidentDate(NewReport report, List<FieldError> errors) {
        String problem = incidentDateProblem(report.incidentDate(), report.receivedAt());
        if (problem != null) {
            errors.add(new FieldError("incidentDate", problem));
        }
    }

    /** What is wrong with the date the behaviour happened for a report received then, or null (also for editing). */
    public String incidentDateProblem(LocalDate incident, java.time.Instant receivedAt) {
        if (incident == null) {
            return null;
        }
        LocalDate reported = receivedAt == null ? LocalDate.now(clock.withZone(ReportService.ZONE))
                : receivedAt.atZone(ReportService.ZONE).toLocalDate();
        if (incident.isAfter(reported)) {
            return receivedAt == null ? "The date the behaviour happened cannot be in the future"
                    : "The behaviour cannot have happened after the report was received";
        } else if (incident.isBefore(reported.minus(OLDEST_INCIDENT))) {
            return "The behaviour must have happened within 10 years before the report was received: check the year";
        }
        return null;
    }

    private void checkReporter(PersonDetails reporter, List<FieldError> errors) {
        if (reporter == null || (reporter.personId() == null && blank(reporter.fullName()))) {
            errors.add(new FieldError("reporter.name", "Enter the reporter's name, or mark the report anonymous"));
        }
        if (reporter == null) {
            return;
        }
        // The contact is checked even while the name is missing: a malformed e-mail must be named at the first save,
        // not only after the name is put right (issue 19), so that the summary lists every field at fault at once.
        checkDetails(reporter, "reporter.", errors);
        if (reporter.personId() == null && blank(reporter.phone()) && blank(reporter.email())) {
            errors.add(new FieldError("reporter.phone",
                    "Enter a phone number or an e-mail address, so the reporter can be told the outcome"));
        }
    }

    private void checkPerson(PersonDetails person, String prefix, List<FieldError> errors) {
        if (person == null || (person.personId() == null && blank(person.fullName()))) {
            errors.add(new FieldError(prefix + "name", "Enter the person's name"));
            return;
        }
        checkDetails(person, prefix, errors);
    }

    /** A person's name (when given), date of birth, phone and e-mail. */
    private void checkDetails(PersonDetails person, String prefix, List<FieldError> errors) {
        if (person.fullName() != null && person.fullName().length() > PeopleFieldLimits.NAME) {
            errors.add(new FieldError(prefix + "name", "At most " + PeopleFieldLimits.NAME + " characters"));
        }
        InputRules.checkText(prefix + "name", person.fullName(), errors);
        if (person.dateOfBirth() != null && person.dateOfBirth().isAfter(LocalDate.now(clock))) {
            errors.add(new FieldError(prefix + "dateOfBirth", "The date of birth cannot be in the future"));
        } else {
            InputRules.checkWithin(prefix + "dateOfBirth", person.dateOfBirth(), EARLIEST_BIRTH, LocalDate.now(clock),
                    "The date of birth", errors);
        }
        InputRules.checkText(prefix + "phone", person.phone(), errors);
        if (person.email() != null && person.email().length() > PeopleFieldLimits.EMAIL) {
            errors.add(new FieldError(prefix + "email", "At most " + PeopleFieldLimits.EMAIL + " characters"));
        }
        if (person.phone() != null && person.phone().length() > PeopleFieldLimits.PHONE) {
            errors.add(new FieldError(prefix + "phone", "At most " + PeopleFieldLimits.PHONE + " characters"));
        } else if (!blank(person.phone()) && !isPhoneNumber(person.phone())) {
            errors.add(new FieldError(prefix + "phone", "Enter a phone number, like 07700 900123 or +44 1732 227000"));
        }
        if (person.address() != null && person.address().length() > PeopleFieldLimits.ADDRESS) {
            errors.add(new FieldError(prefix + "address", "At most " + PeopleFieldLimits.ADDRESS + " characters"));
        }
        if (!blank(person.email()) && !person.email().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            errors.add(new FieldError(prefix + "email", "Enter an e-mail address like name@example.com"));
        }
    }

    /** Digits with the usual separators, an optional leading +, and as many digits as a UK or international number. */
    static boolean isPhoneNumber(String phone) {
        String trimmed = phone.trim();
        long digits = trimmed.chars().filter(Character::isDigit).count();
        return PHONE.matcher(trimmed).matches() && digits >= 7 && digits <= 15;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
