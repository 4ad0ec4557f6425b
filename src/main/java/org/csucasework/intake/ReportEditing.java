package org.csucasework.intake;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.csucasework.shared.ui.UkDates;
import org.csucasework.intake.internal.NewReportValidator;
import org.csucasework.intake.internal.ReportRepository;
import org.csucasework.people.PeopleFieldLimits;
import org.csucasework.people.PeopleService;
import org.csucasework.people.Person;
import org.csucasework.people.PersonDetails;
import org.csucasework.people.Place;
import org.csucasework.reference.Category;
import org.csucasework.reference.ReferenceDataService;
import org.csucasework.reference.ReferenceType;
import org.csucasework.reference.Ward;
import org.csucasework.security.CurrentUser;
import org.csucasework.security.UserService;
import org.csucasework.shared.ConflictException;
import org.csucasework.shared.FieldError;
import org.csucasework.shared.InputRules;
import org.csucasework.shared.Role;
import org.csucasework.shared.ValidationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Corrects a logged report's details (category, ward, place, description, the day it happened, people) and hands it to another case
 * officer: for those who may manage the report, from the version they started with (a report changed by someone
 * else since is refused with a conflict, never overwritten), every change written to the report's history.
 * The flags stay as they were at logging: they say what was known when the report came in.
 */
@Service
public class ReportEditing {

    private final ReportRepository reports;
    private final ReportService reportService;
    private final ReportAccess access;
    private final PeopleService people;
    private final ReferenceDataService referenceData;
    private final UserService users;
    private final Clock clock;
    private final NewReportValidator validator;
    private final ReportRisk risk;

    ReportEditing(ReportRepository reports, ReportService reportService, ReportAccess access, PeopleService people,
                  ReferenceDataService referenceData, UserService users, Clock clock, NewReportValidator validator,
                  ReportRisk risk) {
        this.risk = risk;
        this.validator = validator;
        this.reports = reports;
        this.reportService = reportService;
        this.access = access;
        this.people = people;
        this.referenceData = referenceData;
        this.users = users;
        this.clock = clock;
    }

    /** Applies the change; answers the report's new version. Not found, 403, 400 by field or 409 when stale. */
    @PreAuthorize("hasAnyRole('CASEWORKER', 'PARTNER', 'SUPERVISOR')")
    @Transactional
    public long edit(String reference, ReportEdit edit) {
        reportService.lockForChange(reference);
        Report report = reportService.requireManageable(reference);
        CurrentUser user = users.requireCurrentUser();
        check(report, edit, user);
        if (edit.version() != report.getVersion()) {
            throw new ConflictException("Someone else changed report " + reference + " while you were working on "
                    + "it. Your changes have not been saved: look at theirs, then save yours again.");
        }
        List<String> changes = new ArrayList<>();
        String category = changed(edit.categoryCode(), report.getCategoryCode());
        if (category != null) {
            changes.add("Category: " + categoryName(report.getCategoryCode()) + " → " + categoryName(category));
        }
        String ward = changed(edit.wardCode(), report.getWardCode());
        if (ward != null) {
            changes.add("Ward: " + wardName(report.getWardCode()) + " → " + wardName(ward));
        }
        Long placeId = report.getPlaceId();
        if (edit.location() != null) {
            String before = people.place(report.getPlaceId()).map(Place::getLabel).orElse("none");
            Place place = people.resolvePlace(null, edit.location().strip(),
                    ward != null ? ward : report.getWardCode());
            if (!Objects.equals(place.getId(), report.getPlaceId())) {
                placeId = place.getId();
                changes.add("Place: " + before + " → " + place.getLabel());
            }
        }
        java.time.LocalDate incidentDate = edit.incidentDate() == null
                || edit.incidentDate().equals(report.getIncidentDate()) ? null : edit.incidentDate();
        if (incidentDate != null) {
            changes.add("Date the behaviour happened: " + UkDates.DAY.format(report.getIncidentDate()) + " → "
                    + UkDates.DAY.format(incidentDate));
        }
        String description = changed(edit.description() == null ? null : edit.description().strip(),
                report.getDescription());
        if (description != null) {
            changes.add("Description changed");
        }
        if (edit.subjects() != null) {
            changes.addAll(replaceSubjects(report, edit.subjects(), user));
        }
        String officer = changed(edit.caseOfficer(), report.getCaseOfficer());
        if (officer != null) {
            changes.add("Case officer: " + (report.getCaseOfficer() == null ? "none" : report.getCaseOfficer())
                    + " → " + officer);
        }
        Set<HateCharacteristic> targetedFor = edit.hateCharacteristics() == null
                || edit.hateCharacteristics().equals(report.getHateCharacteristics()) ? null
                : Set.copyOf(edit.hateCharacteristics());
        if (targetedFor != null) {
            changes.add("Targeted for: " + characteristics(report.getHateCharacteristics()) + " → "
                    + characteristics(targetedFor));
            report.retarget(targetedFor, risk.saidTargeted(report.getId()));
        }
        if (changes.isEmpty()) {
            return report.getVersion();
        }
        report.changeDetails(category != null ? category : report.getCategoryCode(),
                ward != null ? ward : report.getWardCode(), placeId,
                description != null ? description : report.getDescription(),
                incidentDate != null ? incidentDate : report.getIncidentDate(),
                officer != null ? officer : report.getCaseOfficer(), clock.instant(), user.username());
        reportService.recordEvent(report.getId(), "EDITED", String.join("; ", changes));
        reports.flush();
        return report.getVersion();
    }

    private List<String> replaceSubjects(Report report, List<NewReport.Subject> wanted, CurrentUser user) {
        Set<Long> onReport = report.getSubjects().stream().map(ReportSubject::getPersonId).collect(Collectors.toSet());
        List<ReportSubject> kept = new ArrayList<>();
        List<String> changes = new ArrayList<>();
        List<Long> ids = new ArrayList<>();
        List<SubjectRole> roles = new ArrayList<>();
        for (NewReport.Subject subject : wanted) {
            PersonDetails details = subject.person();
            // Only CSU staff pick any person on record by id; others may keep the people already on the report.
            if (details.personId() != null && !access.seesAllReports(user) && !onReport.contains(details.personId())) {
                details = new PersonDetails(null, details.fullName(), details.dateOfBirth(), null, null, null);
            }
            Person person = people.resolvePerson(details);
            ids.add(person.getId());
            roles.add(subject.role());
        }
        for (ReportSubject existing : report.getSubjects()) {
            boolean stays = false;
            for (int i = 0; i < ids.size(); i++) {
                if (ids.get(i).equals(existing.getPersonId()) && roles.get(i) == existing.getRole()) {
                    stays = true;
                }
            }
            if (!stays) {
                changes.add("Removed " + personName(existing.getPersonId()) + " (" + existing.getRole().label() + ")");
            } else {
                kept.add(existing);
            }
        }
        for (int i = 0; i < ids.size(); i++) {
            Long id = ids.get(i);
            SubjectRole role = roles.get(i);
            if (kept.stream().noneMatch(s -> s.getPersonId().equals(id) && s.getRole() == role)) {
                changes.add("Added " + personName(id) + " (" + role.label() + ")");
            }
        }
        report.replaceSubjects(ids, roles);
        return changes;
    }

    private void check(Report report, ReportEdit edit, CurrentUser user) {
        List<FieldError> errors = new ArrayList<>();
        if (edit.version() == null) {
            errors.add(new FieldError("version", "Send the version of the report you changed"));
        }
        if (edit.categoryCode() != null && referenceData.findByCode(ReferenceType.CATEGORIES, edit.categoryCode())
                .filter(Category::isActive).isEmpty()) {
            errors.add(new FieldError("categoryCode", "Unknown category " + edit.categoryCode()));
        }
        if (edit.wardCode() != null && referenceData.findByCode(ReferenceType.WARDS, edit.wardCode())
                .filter(Ward::isActive).isEmpty()) {
            errors.add(new FieldError("wardCode", "Unknown ward " + edit.wardCode()));
        }
        if (edit.location() != null && edit.location().isBlank()) {
            errors.add(new FieldError("location", "Enter the address or the name of the place"));
        } else if (edit.location() != null && edit.location().length() > ReportFieldLimits.LOCATION) {
            errors.add(new FieldError("location", "At most " + ReportFieldLimits.LOCATION + " characters"));
        }
        String incidentProblem = validator.incidentDateProblem(edit.incidentDate(), report.getReceivedAt());
        if (incidentProblem != null) {
            errors.add(new FieldError("incidentDate", incidentProblem));
        }
        if (edit.description() != null && edit.description().isBlank()) {
            errors.add(new FieldError("description", "Describe what was reported"));
        } else if (edit.description() != null && edit.description().length() > ReportFieldLimits.DESCRIPTION) {
            errors.add(new FieldError("description", "At most " + ReportFieldLimits.DESCRIPTION + " characters"));
        }
        List<NewReport.Subject> subjects = edit.subjects() == null ? List.of() : edit.subjects();
        for (int i = 0; i < subjects.size(); i++) {
            NewReport.Subject subject = subjects.get(i);
            String prefix = "subjects[" + i + "].";
            if (subject == null) {
                errors.add(new FieldError("subjects[" + i + "]", "Give the person's role and name"));
                continue;
            }
            if (subject.role() == null) {
                errors.add(new FieldError(prefix + "role", "Choose how this person is involved"));
            }
            PersonDetails person = subject.person();
            if (person == null || (person.personId() == null && (person.fullName() == null
                    || person.fullName().isBlank()))) {
                errors.add(new FieldError(prefix + "name", "Enter the person's name"));
            } else if (person.fullName() != null && person.fullName().length() > PeopleFieldLimits.NAME) {
                errors.add(new FieldError(prefix + "name", "At most " + PeopleFieldLimits.NAME + " characters"));
            } else if (person.personId() != null && people.person(person.personId()).isEmpty()) {
                errors.add(new FieldError(prefix + "personId", "No such person"));
            }
            if (person != null) {
                // The same plausible range as at logging.
                InputRules.checkWithin(prefix + "dateOfBirth", person.dateOfBirth(), NewReportValidator.EARLIEST_BIRTH,
                        java.time.LocalDate.now(clock), "The date of birth", errors);
            }
        }
        if (edit.caseOfficer() != null && !edit.caseOfficer().equals(report.getCaseOfficer())) {
            if (!user.has(Role.SUPERVISOR)) {
                errors.add(new FieldError("caseOfficer", "Only a supervisor hands a report to another officer"));
            } else if (users.activeOfficers().stream().noneMatch(o -> o.username().equals(edit.caseOfficer()))) {
                errors.add(new FieldError("caseOfficer", "No active officer " + edit.caseOfficer()));
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    private static String changed(String wanted, String current) {
        return wanted == null || wanted.equals(current) ? null : wanted;
    }

    /** By name, in the form's order, e.g. "race or ethnicity, disability"; "none" when none. */
    private static String characteristics(Set<HateCharacteristic> ticked) {
        return ticked.isEmpty() ? "none" : java.util.Arrays.stream(HateCharacteristic.values())
                .filter(ticked::contains).map(c -> c.label().toLowerCase(java.util.Locale.UK))
                .collect(Collectors.joining(", "));
    }

    private String categoryName(String code) {
        return referenceData.findByCode(ReferenceType.CATEGORIES, code).map(Category::getName).orElse("none");
    }

    private String wardName(String code) {
        return code == null ? "none"
                : referenceData.findByCode(ReferenceType.WARDS, code).map(Ward::getName).orElse(code);
    }

    private String personName(Long id) {
        return people.person(id).map(Person::getFullName).orElse("a person");
    }
}
