package org.csucasework.escalation.api;

import static org.csucasework.escalation.api.EscalationApiController.day;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.csucasework.escalation.AgreementOutcome;
import org.csucasework.escalation.EscalationAgreements;
import org.csucasework.escalation.EscalationLegalOutcomes;
import org.csucasework.escalation.LegalOutcomeDraft;
import org.csucasework.escalation.LegalOutcomeKind;
import org.csucasework.shared.FieldError;
import org.csucasework.shared.ValidationException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The escalation API's agreements and orders: an ABA signed or refused, and the legal outcomes beyond the ladder
 * (injunction, Criminal Behaviour Order, closure notice and order) with their breaches and a closure order's
 * extension. Both are read with the case ({@code GET /api/escalation/cases/{reference}}). Days are text read by the
 * product's one date rule, so that a malformed one is a 400 naming its field before the case is looked up.
 */
@RestController
@RequestMapping("/api/escalation")
@RequiredArgsConstructor
class EscalationOrdersApiController {

    private final EscalationAgreements agreements;
    private final EscalationLegalOutcomes legalOutcomes;

    record AgreementRequest(AgreementOutcome outcome, String decidedOn, Boolean guardianSigned, String supportOffered,
                            List<String> positiveRequirements) {
    }

    @PostMapping("/steps/{id}/agreement")
    ResponseEntity<Map<String, Object>> agreement(@PathVariable Long id, @RequestBody AgreementRequest request) {
        List<FieldError> errors = new ArrayList<>();
        LocalDate decidedOn = day(request.decidedOn(), "decidedOn", errors);
        refuseIfAny(errors);
        Long agreementId = agreements.record(id, request.outcome(), decidedOn,
                Boolean.TRUE.equals(request.guardianSigned()), request.supportOffered(),
                request.positiveRequirements());
        return ResponseEntity.created(URI.create("/api/escalation/steps/" + id)).body(Map.of("id", agreementId));
    }

    record LegalOutcomeRequest(LegalOutcomeKind kind, String madeOn, String expiresOn, String terms, String premises,
                               Boolean powerOfArrest, Boolean youthOffendingTeamConsulted) {
    }

    @PostMapping("/cases/{reference}/legal-outcomes")
    ResponseEntity<Map<String, Object>> legalOutcome(@PathVariable String reference,
                                                     @RequestBody LegalOutcomeRequest request) {
        List<FieldError> errors = new ArrayList<>();
        LocalDate madeOn = day(request.madeOn(), "madeOn", errors);
        LocalDate expiresOn = day(request.expiresOn(), "expiresOn", errors);
        refuseIfAny(errors);
        Long id = legalOutcomes.record(reference, new LegalOutcomeDraft(request.kind(), madeOn, expiresOn,
                request.terms(), request.premises(), Boolean.TRUE.equals(request.powerOfArrest()),
                Boolean.TRUE.equals(request.youthOffendingTeamConsulted())));
        return ResponseEntity.created(URI.create("/api/escalation/cases/" + reference)).body(Map.of("id", id));
    }

    record BreachRequest(String breachOn, String description) {
    }

    @PostMapping("/cases/{reference}/legal-outcomes/{id}/breaches")
    ResponseEntity<Map<String, Object>> breach(@PathVariable String reference, @PathVariable Long id,
                                               @RequestBody BreachRequest request) {
        List<FieldError> errors = new ArrayList<>();
        LocalDate breachOn = day(request.breachOn(), "breachOn", errors);
        refuseIfAny(errors);
        legalOutcomes.breach(reference, id, breachOn, request.description());
        return ResponseEntity.created(URI.create("/api/escalation/cases/" + reference))
                .body(Map.of("breachOn", breachOn));
    }

    record ExtensionRequest(String extendedTo) {
    }

    @PostMapping("/cases/{reference}/legal-outcomes/{id}/extension")
    Map<String, Object> extension(@PathVariable String reference, @PathVariable Long id,
                                  @RequestBody ExtensionRequest request) {
        List<FieldError> errors = new ArrayList<>();
        LocalDate extendedTo = day(request.extendedTo(), "extendedTo", errors);
        refuseIfAny(errors);
        legalOutcomes.extend(reference, id, extendedTo);
        return Map.of("expiresOn", extendedTo);
    }

    private static void refuseIfAny(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }
}
