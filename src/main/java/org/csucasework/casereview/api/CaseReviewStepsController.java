package org.csucasework.casereview.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.csucasework.actions.ActionView;
import org.csucasework.actions.NewAction;
import org.csucasework.casereview.CaseReview;
import org.csucasework.casereview.CaseReviewLetters;
import org.csucasework.casereview.CaseReviewService;
import org.csucasework.casereview.CaseReviewWork;
import org.csucasework.escalation.DocumentFile;
import org.csucasework.shared.InputRules;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The coordinators' steps of a Case Review after the application (DESIGN.md 4.5): setting a complaint aside, the
 * threshold decision, the review
 * (meeting, agencies invited, information from each, recommendations worked as actions), the outcome, the applicant's
 * response and the escalation's result; and the applicant's letters as PDFs. Each answers with the review's status;
 * who may take a step is the service's check.
 */
@RestController
@RequiredArgsConstructor
class CaseReviewStepsController {

    private final CaseReviewService applications;
    private final CaseReviewWork work;
    private final CaseReviewLetters letters;

    record ExclusionRequest(Boolean exclude, String reason) {
    }

    record DecisionRequest(Boolean thresholdMet, String reason, Long version) {
    }

    record MeetingRequest(String meetingDate, List<String> agencies) {
    }

    record InformationRequest(String agencyCode, String information) {
    }

    record RecommendationRequest(String agencyCode, String description, String dueDate, String assignee) {
    }

    record OutcomeRequest(String outcome, Long version) {
    }

    record ResponseRequest(Boolean escalationRequested, String reason) {
    }

    record ResultRequest(String result) {
    }

    /** Sets a complaint aside as not about the same behaviour (with the reason), or counts it again. */
    @PostMapping("/api/case-reviews/{reference}/complaints/{id}/exclusion")
    Map<String, Object> exclusion(@PathVariable String reference, @PathVariable Long id,
                                  @RequestBody ExclusionRequest request) {
        applications.excludeComplaint(reference, id, request.exclude(), request.reason());
        return state(reference);
    }

    @PostMapping("/api/case-reviews/{reference}/decision")
    Map<String, Object> decide(@PathVariable String reference, @RequestBody DecisionRequest request) {
        applications.decide(reference, request.thresholdMet(), request.reason(), version(request.version()));
        return state(reference);
    }

    @PostMapping("/api/case-reviews/{reference}/meeting")
    Map<String, Object> meeting(@PathVariable String reference, @RequestBody MeetingRequest request) {
        work.planReview(reference, InputRules.parseDate("meetingDate", request.meetingDate()), request.agencies());
        return state(reference);
    }

    @PostMapping("/api/case-reviews/{reference}/information")
    ResponseEntity<Map<String, Object>> information(@PathVariable String reference,
                                                    @RequestBody InformationRequest request) {
        work.addInformation(reference, request.agencyCode(), request.information());
        return ResponseEntity.status(HttpStatus.CREATED).body(state(reference));
    }

    /** 201 with the action's {@code id}: the recommendation is then worked like any action. */
    @PostMapping("/api/case-reviews/{reference}/recommendations")
    ResponseEntity<Map<String, Object>> recommend(@PathVariable String reference,
                                                  @RequestBody RecommendationRequest request) {
        ActionView action = work.recommend(reference, new NewAction(request.agencyCode(), request.description(),
                InputRules.parseDate("dueDate", request.dueDate()), request.assignee()));
        Map<String, Object> body = state(reference);
        body.put("id", action.id());
        return ResponseEntity.status(HttpStatus.CREATED).body(body);
    }

    @PostMapping("/api/case-reviews/{reference}/outcome")
    Map<String, Object> outcome(@PathVariable String reference, @RequestBody OutcomeRequest request) {
        work.recordOutcome(reference, request.outcome(), version(request.version()));
        return state(reference);
    }

    @PostMapping("/api/case-reviews/{reference}/response")
    Map<String, Object> response(@PathVariable String reference, @RequestBody ResponseRequest request) {
        work.recordResponse(reference, request.escalationRequested(), request.reason());
        return state(reference);
    }

    @PostMapping("/api/case-reviews/{reference}/escalation-result")
    Map<String, Object> escalationResult(@PathVariable String reference, @RequestBody ResultRequest request) {
        work.recordEscalationResult(reference, request.result());
        return state(reference);
    }

    /** The threshold decision letter as sent, a PDF. */
    @GetMapping("/api/case-reviews/{reference}/letters/decision")
    ResponseEntity<byte[]> decisionLetter(@PathVariable String reference) {
        return pdf(letters.decisionLetter(reference));
    }

    /** The outcome letter as sent, a PDF. */
    @GetMapping("/api/case-reviews/{reference}/letters/outcome")
    ResponseEntity<byte[]> outcomeLetter(@PathVariable String reference) {
        return pdf(letters.outcomeLetter(reference));
    }

    private static ResponseEntity<byte[]> pdf(DocumentFile file) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + file.fileName() + "\"")
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(file.content());
    }

    private static long version(Long version) {
        return version == null ? -1 : version;
    }

    /** The review's state after the step (the whole review is {@code GET /api/case-reviews/{reference}}). */
    private Map<String, Object> state(String reference) {
        CaseReview review = applications.requireReadable(reference);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("reference", review.getReference());
        body.put("status", review.getStatus().name());
        body.put("version", review.getVersion());
        return body;
    }
}
