package org.csucasework.intake.api;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.csucasework.intake.HateCharacteristic;
import org.csucasework.intake.LoggedReport;
import org.csucasework.intake.NewReport;
import org.csucasework.intake.PossiblePersonMatch;
import org.csucasework.intake.ReportFlag;
import org.csucasework.intake.ReportService;
import org.csucasework.intake.ReportSharing;
import org.csucasework.intake.SubjectRole;
import org.csucasework.people.PersonDetails;
import org.csucasework.risk.RiskResult;
import org.csucasework.shared.FieldError;
import org.csucasework.shared.InputRules;
import org.csucasework.shared.ValidationException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/reports}: logs a report; an {@code Idempotency-Key} makes a retry return the same report. */
@RestController
@RequestMapping("/api/reports")
@RequiredArgsConstructor
class ReportIntakeController {

    /** Times without an offset are local to the district. */
    private static final ZoneId DISTRICT_ZONE = ZoneId.of("Europe/London");

    private final ReportService reports;
    private final ReportSharing sharing;

    @PostMapping
    ResponseEntity<Map<String, Object>> log(@RequestBody ReportRequest request,
                                            @RequestHeader(name = "Idempotency-Key", required = false) String key) {
        LoggedReport logged = reports.log(toNewReport(request), key);
        Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("reference", logged.reference());
        body.put("id", logged.id());
        body.put("flags", logged.flags().stream().map(ReportFlag::name).sorted().toList());
        Map<String, Object> people = new java.util.LinkedHashMap<>();
        people.put("reporter", logged.reporterPersonId());
        people.put("subjects", logged.subjectPersonIds());
        body.put("people", people);
        body.put("riskLevel", logged.riskLevel());
        body.put("possibleMatches", logged.possibleMatches().stream().map(ReportIntakeController::match).toList());
        return ResponseEntity.created(URI.create("/api/reports/" + logged.reference())).body(body);
    }

    /** One offer: {@code name}, {@code personId} and {@code reasons} (DESIGN.md section 6), and for whom it is. */
    private static Map<String, Object> match(PossiblePersonMatch possible) {
        Map<String, Object> match = new java.util.LinkedHashMap<>();
        match.put("field", possible.field());
        match.put("name", possible.match().fullName());
        match.put("personId", possible.match().personId());
        match.put("reasons", possible.match().matching());
        match.put("differences", possible.match().differing());
        match.put("newPersonId", possible.personId());
        return match;
    }

    record RiskRequest(Map<String, Boolean> answers) {
    }

    /** Assesses the victim's risk again (at a review); 201 with the score, level and the report's flags. */
    @PostMapping("/{reference}/risk-assessments")
    ResponseEntity<Map<String, Object>> reassess(@PathVariable String reference, @RequestBody RiskRequest request) {
        RiskResult result = reports.reassessRisk(reference, request == null ? null : request.answers());
        Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("id", result.assessmentId());
        body.put("score", result.score());
        body.put("riskLevel", result.level());
        body.put("automaticHigh", result.automaticHigh());
        return ResponseEntity.created(URI.create("/api/reports/" + reference)).body(body);
    }

    record ShareRequest(String agencyCode, String reason) {
    }

    /** Shares the report with another agency, with the reason; answers 204, or 400 with the fields at fault. */
    @PostMapping("/{reference}/shares")
    ResponseEntity<Void> share(@PathVariable String reference, @RequestBody ShareRequest request) {
        sharing.shareWithAgency(reference, request.agencyCode(), request.reason());
        return ResponseEntity.noContent().build();
    }

    private NewReport toNewReport(ReportRequest request) {
        List<FieldError> errors = new ArrayList<>();
        Instant receivedAt = parseInstant(request.receivedAt(), "receivedAt", errors);
        LocalDate incidentDate = parseDate(request.incidentDate(), "incidentDate", errors);
        boolean anonymous = Boolean.TRUE.equals(request.anonymous());
        PersonDetails reporter = anonymous || request.reporter() == null ? null
                : new PersonDetails(request.reporter().personId(), request.reporter().name(), null, request.reporter().phone(),
                request.reporter().email(), request.reporter().address());
        List<NewReport.Subject> subjects = new ArrayList<>();
        List<ReportRequest.Subject> requested = request.subjects() == null ? List.of() : request.subjects();
        for (int i = 0; i < requested.size(); i++) {
            ReportRequest.Subject subject = requested.get(i);
            SubjectRole role = parseRole(subject.role(), "subjects[" + i + "].role", errors);
            LocalDate dateOfBirth = parseDate(subject.dateOfBirth(), "subjects[" + i + "].dateOfBirth", errors);
            subjects.add(new NewReport.Subject(role, new PersonDetails(subject.personId(), subject.name(), dateOfBirth,
                    null, null, null)));
        }
        Map<String, Boolean> riskAnswers = null;
        if (request.riskAssessment() != null) {
            riskAnswers = request.riskAssessment().answers();
            if (riskAnswers == null) {
                errors.add(new FieldError("riskAssessment.answers",
                        "Give the answers by question code, e.g. {\"answers\": {\"THREATS\": true}}"));
            }
        }
        java.util.Set<HateCharacteristic> characteristics =
                HateCharacteristicCodes.parse(request.hateCharacteristics(), errors);
        NewReport newReport = new NewReport(receivedAt, request.categoryCode(), request.wardCode(), null,
                request.location(), request.sourceAgencyCode(), anonymous, reporter, subjects, request.description(),
                incidentDate, riskAnswers, characteristics);
        if (!errors.isEmpty()) {
            // A field that could not be read stands with the faults of the other fields, each field named once.
            reports.problems(newReport).stream()
                    .filter(problem -> errors.stream().noneMatch(error -> error.field().equals(problem.field())))
                    .forEach(errors::add);
            throw new ValidationException(errors);
        }
        return newReport;
    }

    private static Instant parseInstant(String text, String field, List<FieldError> errors) {
        try {
            return InputRules.parseDateTime(field, text, DISTRICT_ZONE);
        } catch (ValidationException e) {
            errors.addAll(e.errors());
            return null;
        }
    }

    private static LocalDate parseDate(String text, String field, List<FieldError> errors) {
        try {
            return InputRules.parseDate(field, text);
        } catch (ValidationException e) {
            errors.addAll(e.errors());
            return null;
        }
    }

    private static SubjectRole parseRole(String text, String field, List<FieldError> errors) {
        if (text == null || text.isBlank()) {
            return null; // the service reports the missing role
        }
        try {
            return SubjectRole.valueOf(text.trim().toUpperCase(Locale.ROOT).replace(' ', '_'));
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(field, "One of VICTIM, COMPLAINANT, ALLEGED_PERPETRATOR, WITNESS"));
            return null;
        }
    }
}
