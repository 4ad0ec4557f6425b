package org.csucasework.escalation.api;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.csucasework.escalation.AppealResult;
import org.csucasework.escalation.CaseDetails;
import org.csucasework.escalation.Decision;
import org.csucasework.escalation.EscalationAgreements;
import org.csucasework.escalation.EscalationAppeals;
import org.csucasework.escalation.EscalationCases;
import org.csucasework.escalation.EscalationDeadlines;
import org.csucasework.escalation.EscalationLegalOutcomes;
import org.csucasework.escalation.EscalationPenalties;
import org.csucasework.escalation.EscalationProposals;
import org.csucasework.escalation.EscalationProsecutions;
import org.csucasework.escalation.EscalationRemedialWorks;
import org.csucasework.escalation.EscalationService;
import org.csucasework.escalation.Ladder;
import org.csucasework.escalation.NewCase;
import org.csucasework.escalation.ProposalDraft;
import org.csucasework.escalation.ProsecutionOutcome;
import org.csucasework.escalation.Requirement;
import org.csucasework.escalation.ServiceMethod;
import org.csucasework.intake.ReportDetails;
import org.csucasework.intake.ReportSummary;
import org.csucasework.shared.FieldError;
import org.csucasework.shared.InputRules;
import org.csucasework.shared.ValidationException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The escalation part of the integration API (DESIGN section 6): open a case about a person or a body, read it with
 * its steps and the next possible ones, propose a step, decide it, record its service. The services check who may do what and the law;
 * a case the caller may not see is "not found".
 */
@RestController
@RequestMapping("/api/escalation")
class EscalationApiController {


    private final EscalationService escalation;
    private final EscalationCases cases;
    private final EscalationProposals proposals;
    private final EscalationDeadlines deadlines;
    private final EscalationAppeals appeals;
    private final EscalationPenalties penalties;
    private final EscalationRemedialWorks works;
    private final EscalationProsecutions prosecutions;
    private final EscalationAgreements agreements;
    private final EscalationLegalOutcomes legalOutcomes;

    EscalationApiController(EscalationService escalation, EscalationCases cases, EscalationProposals proposals,
                            EscalationDeadlines deadlines, EscalationAppeals appeals, EscalationPenalties penalties,
                            EscalationRemedialWorks works, EscalationProsecutions prosecutions,
                            EscalationAgreements agreements, EscalationLegalOutcomes legalOutcomes) {
        this.agreements = agreements;
        this.legalOutcomes = legalOutcomes;
        this.works = works;
        this.prosecutions = prosecutions;
        this.penalties = penalties;
        this.appeals = appeals;
        this.escalation = escalation;
        this.cases = cases;
        this.proposals = proposals;
        this.deadlines = deadlines;
    }

    record PersonRequest(String name, LocalDate dateOfBirth, String address) {
    }

    record OrganisationRequest(String name, String address) {
    }

    record GuardianRequest(String name, String address) {
    }

    record CaseRequest(PersonRequest person, Long personId, OrganisationRequest organisation,
                       List<String> reportReferences, GuardianRequest guardian) {
    }

    // Refused before the body is examined, so a role that may not open cases learns nothing from its errors; the
    // service (EscalationCases.open) enforces the same.
    @PreAuthorize("hasAnyRole('CASEWORKER', 'SUPERVISOR', 'PARTNER')")
    @PostMapping("/cases")
    ResponseEntity<Map<String, Object>> open(@RequestBody CaseRequest request) {
        List<String> references = request.reportReferences() == null ? List.of()
                : request.reportReferences().stream().filter(r -> r != null && !r.isBlank()).map(String::trim).toList();
        String first = references.isEmpty() ? null : references.get(0);
        List<String> more = references.size() > 1 ? references.subList(1, references.size()) : List.of();
        NewCase newCase;
        if (request.organisation() != null) {
            if (request.person() != null || request.personId() != null) {
                throw ValidationException.of("organisation", "A case is about a person or an organisation, not both");
            }
            if (request.organisation().name() == null || request.organisation().name().isBlank()) {
                throw ValidationException.of("organisation.name", "Enter the business's or organisation's name");
            }
            newCase = new NewCase(first, null, null, false, null, null, request.organisation().name(),
                    Optional.ofNullable(request.organisation().address()).orElse(""));
        } else {
            if (first == null) {
                throw ValidationException.of("reportReferences", "Give at least one report about the person");
            }
            Long personId = request.personId() != null ? request.personId() : personInReport(first, request.person());
            GuardianRequest guardian = request.guardian();
            newCase = new NewCase(first, personId, request.person() == null ? null : request.person().address(),
                    guardian != null, guardian == null ? null : guardian.name(), guardian == null ? null : guardian.address());
        }
        String reference = cases.open(newCase, more);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("reference", reference);
        return ResponseEntity.created(URI.create("/api/escalation/cases/" + reference)).body(body);
    }

    /** The person named in the report: by name (and date of birth, when given), as the report recorded them. */
    private Long personInReport(String reportReference, PersonRequest person) {
        if (person == null || person.name() == null || person.name().isBlank()) {
            throw ValidationException.of("person", "Give the person (name and date of birth), their personId, or an "
                    + "organisation");
        }
        String name = person.name().trim();
        List<ReportDetails.PersonRef> matches = escalation.peopleInReport(reportReference).stream()
                .map(ReportDetails.Involved::person)
                .filter(p -> p.fullName().trim().equalsIgnoreCase(name))
                .filter(p -> person.dateOfBirth() == null || person.dateOfBirth().equals(p.dateOfBirth()))
                .toList();
        if (matches.size() != 1) {
            throw ValidationException.of("person.name", matches.isEmpty()
                    ? "No one of that name" + (person.dateOfBirth() == null ? "" : " and date of birth")
                    + " is named in " + reportReference
                    : "More than one person of that name is named in " + reportReference + ": give personId");
        }
        return matches.get(0).id();
    }

    @GetMapping("/cases/{reference}")
    Map<String, Object> read(@PathVariable String reference) {
        CaseDetails d = escalation.details(reference);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("reference", d.reference());
        body.put("status", d.status().name());
        body.put("version", d.version());
        Map<String, Object> subject = new LinkedHashMap<>();
        subject.put("kind", d.body() ? "ORGANISATION" : "PERSON");
        subject.put("name", d.personName());
        subject.put("personId", d.personId());
        subject.put("dateOfBirth", d.dateOfBirth());
        subject.put("ageConfirmed", d.ageConfirmed());
        subject.put("address", d.letterAddress());
        body.put("subject", subject);
        body.put("stageCode", d.ladderStageCode());
        body.put("next", d.next());
        List<EscalationAppeals.AppealView> caseAppeals = appeals.appeals(reference);
        List<EscalationAgreements.AgreementView> caseAgreements = agreements.agreements(reference);
        body.put("steps", d.steps().stream().map(s -> {
            Map<String, Object> step = step(s, caseAppeals.stream()
                    .filter(a -> a.stepId().equals(s.id())).findFirst().orElse(null));
            // An ABA signed or refused: a refusal stays on the step, evidence for the next one.
            caseAgreements.stream().filter(a -> a.stepId().equals(s.id())).findFirst()
                    .ifPresent(a -> step.put("agreement", a));
            return step;
        }).toList());
        body.put("fixedPenalties", penalties.penalties(reference).stream().map(p -> {
            Map<String, Object> penalty = new LinkedHashMap<>();
            penalty.put("amountPence", p.amountPence());
            penalty.put("issuedOn", p.issuedOn());
            penalty.put("paymentDue", p.paymentDue());
            penalty.put("status", p.status());
            penalty.put("paidOn", p.paidOn());
            return penalty;
        }).toList());
        body.put("worksInDefault", works.works(reference));
        body.put("prosecutions", prosecutions.prosecutions(reference));
        body.put("legalOutcomes", legalOutcomes.outcomes(reference));
        body.put("nextPossibleSteps", proposals.possibleSteps(reference));
        return body;
    }

    private static Map<String, Object> step(CaseDetails.StepView s, EscalationAppeals.AppealView appeal) {
        Map<String, Object> step = new LinkedHashMap<>();
        step.put("id", s.id());
        step.put("stageCode", s.stageCode());
        step.put("stage", s.stageLabel());
        step.put("status", s.status().name());
        step.put("skip", s.skip());
        step.put("approvedOn", s.approvedOn());
        // Every deadline counts from the day of service; approval starts none of them.
        step.put("servedOn", s.servedOn());
        step.put("serviceMethod", s.servedMethod() == null ? null : s.servedMethod().name());
        step.put("servedBy", s.servedBy());
        step.put("complianceDate", s.complianceDate());
        step.put("appealDeadline", s.stageCode().equals(Ladder.CPN) && s.servedOn() != null
                ? s.servedOn().plusDays(EscalationDeadlines.APPEAL_DAYS) : null);
        // While an appeal runs the "do" requirements are suspended; the "stop" requirements stand (s46).
        boolean suspended = appeal != null && appeal.pending();
        // Once the court upheld or varied the notice, the requirements in force are the appeal's: "do" deadlines moved
        // on by the days it took (s46(3)); the notice's own stay as its paper said them ("servedRequirements").
        boolean decided = appeal != null && !appeal.pending() && !appeal.requirementsInForce().isEmpty();
        if (decided) {
            step.put("servedRequirements", s.requirements());
        }
        step.put("requirements", (decided ? appeal.requirementsInForce() : s.requirements()).stream().map(r -> {
            Map<String, Object> requirement = new LinkedHashMap<>();
            requirement.put("kind", r.kind().name());
            requirement.put("text", r.text());
            requirement.put("deadline", r.deadline());
            requirement.put("suspended", suspended && r.kind() == Requirement.Kind.DO);
            return requirement;
        }).toList());
        if (appeal != null) {
            Map<String, Object> a = new LinkedHashMap<>();
            a.put("lodgedOn", appeal.lodgedOn());
            a.put("court", appeal.court());
            a.put("hearingDate", appeal.hearingOn());
            a.put("result", appeal.result() == null ? null : appeal.result().name());
            a.put("decidedOn", appeal.decidedOn());
            step.put("appeal", a);
        }
        step.put("version", s.version());
        return step;
    }

    record ProposalRequest(String stageCode, String conduct, List<Requirement> requirements,
                           Integer timeToComplyDays, List<String> evidenceReports, String skipJustification,
                           ServiceMethod serviceMethod) {
    }

    @PostMapping("/cases/{reference}/proposals")
    ResponseEntity<Map<String, Object>> propose(@PathVariable String reference, @RequestBody ProposalRequest request) {
        Map<String, Long> visible = new LinkedHashMap<>();
        for (ReportSummary r : escalation.reportsAboutPerson(reference)) {
            visible.put(r.reference().toUpperCase(Locale.ROOT), r.id());
        }
        Set<Long> evidence = new LinkedHashSet<>();
        List<FieldError> errors = new ArrayList<>();
        for (String ref : request.evidenceReports() == null ? List.<String>of() : request.evidenceReports()) {
            Long id = ref == null ? null : visible.get(ref.trim().toUpperCase(Locale.ROOT));
            if (id == null) {
                errors.add(new FieldError("evidenceReports", "No report " + ref + " about the case's subject"));
            } else {
                evidence.add(id);
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        ProposalDraft draft = new ProposalDraft(request.stageCode(), request.conduct(), evidence,
                request.serviceMethod() == null ? ServiceMethod.FIRST_CLASS_POST : request.serviceMethod(),
                request.timeToComplyDays(), request.skipJustification());
        draft.setRequirements(request.requirements());
        Long id = proposals.propose(reference, draft);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", id);
        return ResponseEntity.created(URI.create("/api/escalation/cases/" + reference)).body(body);
    }

    /** The day as text, so that a malformed one is refused naming its field rather than the whole body. */
    record ServiceRequest(String servedOn, String method, String servedBy) {
    }

    @PostMapping("/steps/{id}/service")
    Map<String, Object> serve(@PathVariable Long id, @RequestBody ServiceRequest request) {
        List<FieldError> errors = new ArrayList<>();
        LocalDate servedOn = day(request.servedOn(), "servedOn", errors);
        ServiceMethod method = ServiceMethod.fromCode(request.method());
        if (request.method() != null && !request.method().isBlank() && method == null) {
            errors.add(new FieldError("method", "One of HAND, FIRST_CLASS_POST, RECORDED_DELIVERY, EMAIL, AFFIXED, "
                    + "SIGNED_AT_MEETING, INTERNAL"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        deadlines.serve(id, servedOn, method, request.servedBy());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", id);
        body.put("servedOn", servedOn);
        return body;
    }

    record ProsecutionRequest(String court, String hearingDate, Boolean remedialOrder, Boolean forfeitureOrder) {
    }

    @PostMapping("/cases/{reference}/prosecutions")
    ResponseEntity<Map<String, Object>> prosecute(@PathVariable String reference,
                                                  @RequestBody ProsecutionRequest request) {
        List<FieldError> errors = new ArrayList<>();
        LocalDate hearing = day(request.hearingDate(), "hearingDate", errors);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        Long id = prosecutions.prepare(reference, request.court(), hearing,
                Boolean.TRUE.equals(request.remedialOrder()), Boolean.TRUE.equals(request.forfeitureOrder()));
        return ResponseEntity.created(URI.create("/api/escalation/cases/" + reference)).body(Map.of("id", id));
    }

    record OutcomeRequest(String outcome, String outcomeOn, Boolean remedialOrderMade, Boolean forfeitureOrderMade) {
    }

    @PostMapping("/cases/{reference}/prosecutions/outcome")
    Map<String, Object> prosecutionOutcome(@PathVariable String reference, @RequestBody OutcomeRequest request) {
        List<FieldError> errors = new ArrayList<>();
        LocalDate on = day(request.outcomeOn(), "outcomeOn", errors);
        ProsecutionOutcome outcome = null;
        if (request.outcome() != null && !request.outcome().isBlank()) {
            try {
                outcome = ProsecutionOutcome.valueOf(request.outcome().trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("outcome", "One of CONVICTED, ACQUITTED, WITHDRAWN"));
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        prosecutions.outcome(reference, outcome, on, Boolean.TRUE.equals(request.remedialOrderMade()),
                Boolean.TRUE.equals(request.forfeitureOrderMade()));
        return Map.of("outcome", outcome.name());
    }

    record WorksRequest(String description, String doneOn, Integer costPence) {
    }

    @PostMapping("/cases/{reference}/works-in-default")
    ResponseEntity<Map<String, Object>> worksInDefault(@PathVariable String reference, @RequestBody WorksRequest request) {
        List<FieldError> errors = new ArrayList<>();
        LocalDate doneOn = day(request.doneOn(), "doneOn", errors);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        Long id = works.record(reference, request.description(), doneOn, request.costPence());
        return ResponseEntity.created(URI.create("/api/escalation/cases/" + reference)).body(Map.of("id", id));
    }

    record RecoveryRequest(Integer recoveredPence) {
    }

    @PostMapping("/cases/{reference}/works-in-default/{id}/recovered")
    Map<String, Object> costRecovered(@PathVariable String reference, @PathVariable Long id,
                                      @RequestBody RecoveryRequest request) {
        works.recovered(reference, id, request.recoveredPence());
        return Map.of("id", id);
    }

    record PenaltyRequest(String issuedOn) {
    }

    @PostMapping("/cases/{reference}/fixed-penalties")
    ResponseEntity<Map<String, Object>> issuePenalty(@PathVariable String reference, @RequestBody PenaltyRequest request) {
        List<FieldError> errors = new ArrayList<>();
        LocalDate issuedOn = day(request.issuedOn(), "issuedOn", errors);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        penalties.issue(reference, issuedOn);
        return ResponseEntity.created(URI.create("/api/escalation/cases/" + reference)).body(Map.of("issuedOn", issuedOn));
    }

    record PaymentRequest(String paidOn) {
    }

    @PostMapping("/cases/{reference}/fixed-penalties/payment")
    Map<String, Object> penaltyPaid(@PathVariable String reference, @RequestBody PaymentRequest request) {
        List<FieldError> errors = new ArrayList<>();
        LocalDate paidOn = day(request.paidOn(), "paidOn", errors);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        penalties.paid(reference, paidOn);
        return Map.of("paidOn", paidOn);
    }

    record AppealRequest(String lodgedOn, String court, String hearingDate) {
    }

    @PostMapping("/cases/{reference}/appeal")
    ResponseEntity<Map<String, Object>> lodgeAppeal(@PathVariable String reference, @RequestBody AppealRequest request) {
        List<FieldError> errors = new ArrayList<>();
        LocalDate lodgedOn = day(request.lodgedOn(), "lodgedOn", errors);
        LocalDate hearing = day(request.hearingDate(), "hearingDate", errors);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        try {
            appeals.lodge(reference, lodgedOn, request.court(), hearing);
        } catch (ValidationException e) {
            // The service names the hearing's field as the screen does; the API's contract calls it hearingDate.
            throw new ValidationException(e.errors().stream().map(f -> f.field().equals("hearingOn")
                    ? new FieldError("hearingDate", f.message()) : f).toList());
        }
        return ResponseEntity.created(URI.create("/api/escalation/cases/" + reference)).body(Map.of("lodgedOn", lodgedOn));
    }

    /** The court's decision; a varied notice's new terms in {@code requirements}, as the court set them. */
    record AppealResultRequest(String result, String decidedOn, String note, List<Requirement> requirements) {
    }

    @PostMapping("/cases/{reference}/appeal/result")
    Map<String, Object> decideAppeal(@PathVariable String reference, @RequestBody AppealResultRequest request) {
        List<FieldError> errors = new ArrayList<>();
        LocalDate decidedOn = day(request.decidedOn(), "decidedOn", errors);
        AppealResult result = null;
        if (request.result() != null && !request.result().isBlank()) {
            try {
                result = AppealResult.valueOf(request.result().trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("result", "One of UPHELD, VARIED, QUASHED"));
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        appeals.decide(reference, result, decidedOn, request.note(), request.requirements());
        return Map.of("result", result.name());
    }

    /**
     * A day given as text: null when absent, an error naming the field when malformed or outside the years 1 to 9999
     * (the product's one rule for dates, {@link InputRules#parseDate}), collected with the request's other errors.
     */
    static LocalDate day(String text, String field, List<FieldError> errors) {
        try {
            return InputRules.parseDate(field, text);
        } catch (ValidationException e) {
            errors.addAll(e.errors());
            return null;
        }
    }

    record DecisionRequest(Decision decision, String reason, Long version) {
    }

    @PostMapping("/steps/{id}/decision")
    Map<String, Object> decide(@PathVariable Long id, @RequestBody DecisionRequest request) {
        proposals.decide(id, request.version(), request.decision(), request.reason());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", id);
        body.put("decision", request.decision() == null ? null : request.decision().name());
        return body;
    }
}
