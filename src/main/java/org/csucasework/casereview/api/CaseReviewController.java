package org.csucasework.casereview.api;

import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.csucasework.casereview.ApplicantKind;
import org.csucasework.casereview.CaseReviewDetails;
import org.csucasework.casereview.CaseReviewFigureSource;
import org.csucasework.casereview.CaseReviewFigures;
import org.csucasework.casereview.CaseReviewService;
import org.csucasework.casereview.CaseReviewWork;
import org.csucasework.casereview.NewApplication;
import org.csucasework.reporting.FiguresService;
import org.csucasework.reporting.Period;
import org.csucasework.shared.FieldError;
import org.csucasework.shared.InputRules;
import org.csucasework.shared.ValidationException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The ASB Case Review calls of DESIGN.md section 6: {@code POST /api/case-reviews} (the council's web form, or any
 * client with a CSU account), {@code GET /api/case-reviews/{reference}} and {@code GET /api/figures/case-reviews}.
 */
@RestController
@RequiredArgsConstructor
class CaseReviewController {

    private final CaseReviewService applications;
    private final CaseReviewWork work;
    private final CaseReviewFigureSource figures;
    private final FiguresService periods;

    record ApplicationRequest(String applicantKind, Applicant applicant, String victimName, Boolean consentRecorded,
                              String consentNote, String description, List<String> reportReferences,
                              List<Incident> incidents) {
    }

    record Applicant(String name, String phone, String email, String address) {
    }

    record Incident(String incidentDate, String complainedOn, String complainedTo, String description) {
    }

    /** 201 with {@code reference}, {@code status} and {@code decisionDue}; an Idempotency-Key makes retries safe. */
    @PostMapping("/api/case-reviews")
    ResponseEntity<Map<String, Object>> apply(@RequestBody ApplicationRequest request,
                                              @RequestHeader(name = "Idempotency-Key", required = false) String key) {
        CaseReviewService.Applied applied = applications.apply(toApplication(request), key);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("reference", applied.reference());
        body.put("id", applied.id());
        body.put("status", applied.status().name());
        body.put("decisionDue", applied.decisionDue());
        return ResponseEntity.created(URI.create("/api/case-reviews/" + applied.reference())).body(body);
    }

    @GetMapping("/api/case-reviews/{reference}")
    CaseReviewDetails review(@PathVariable String reference) {
        return work.details(reference);
    }

    /** The published figures for the year from {@code periodStart} (default: the Strategic Assessment year). */
    @GetMapping("/api/figures/case-reviews")
    CaseReviewFigures figures(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                              LocalDate periodStart) {
        if (periodStart != null && (periodStart.getYear() < 1990 || periodStart.getYear() > 2999)) {
            throw ValidationException.of("periodStart", "Choose a year between 1990 and 2999");
        }
        Period period = periods.yearFrom(periodStart);
        return figures.figures(period.from(), period.to());
    }

    private static NewApplication toApplication(ApplicationRequest request) {
        List<FieldError> errors = new ArrayList<>();
        ApplicantKind kind = null;
        if (request.applicantKind() != null && !request.applicantKind().isBlank()) {
            try {
                kind = ApplicantKind.valueOf(request.applicantKind().trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("applicantKind", "One of VICTIM, ON_BEHALF, COMMUNITY, BUSINESS"));
            }
        }
        List<NewApplication.ListedIncident> incidents = new ArrayList<>();
        List<Incident> requested = request.incidents() == null ? List.of() : request.incidents();
        for (int i = 0; i < requested.size(); i++) {
            Incident incident = requested.get(i);
            if (incident == null) {
                incidents.add(null);
                continue;
            }
            incidents.add(new NewApplication.ListedIncident(
                    date(incident.incidentDate(), "incidents[" + i + "].incidentDate", errors),
                    date(incident.complainedOn(), "incidents[" + i + "].complainedOn", errors),
                    incident.complainedTo(), incident.description()));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        Applicant applicant = request.applicant();
        return new NewApplication(kind, applicant == null ? null : new NewApplication.Applicant(null,
                applicant.name(), applicant.phone(), applicant.email(), applicant.address()),
                request.victimName(), Boolean.TRUE.equals(request.consentRecorded()), request.consentNote(),
                request.description(), request.reportReferences(), incidents);
    }

    private static LocalDate date(String text, String field, List<FieldError> errors) {
        try {
            return InputRules.parseDate(field, text);
        } catch (ValidationException e) {
            errors.addAll(e.errors());
            return null;
        }
    }
}
