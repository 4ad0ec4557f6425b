package org.csucasework.casereview;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.csucasework.actions.ActionOwner;
import org.csucasework.actions.ActionService;
import org.csucasework.actions.ActionView;
import org.csucasework.audit.AuditRecordType;
import org.csucasework.audit.AuditTrail;
import org.csucasework.escalation.DocumentFile;
import org.csucasework.escalation.LetterKind;
import org.csucasework.escalation.TemplateLetters;
import org.csucasework.intake.ReportService;
import org.csucasework.reference.Agency;
import org.csucasework.reference.ReferenceDataService;
import org.csucasework.shared.NotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The applicant's letters (threshold decision, outcome) from the stored templates {@value #DECISION_TEMPLATE} and
 * {@value #OUTCOME_TEMPLATE}, written by the product's one letter capability ({@link TemplateLetters}). A letter is
 * written from the record as it stands, dated the day the applicant was told, so a copy printed later is the letter
 * that was sent.
 */
@Service
@RequiredArgsConstructor
public class CaseReviewLetters implements LetterKind.Source {

    public static final String DECISION_TEMPLATE = "CASE_REVIEW_DECISION";
    public static final String OUTCOME_TEMPLATE = "CASE_REVIEW_OUTCOME";
    static final DateTimeFormatter LETTER_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final CaseReviewService applications;
    private final TemplateLetters letters;
    private final ActionService actions;
    private final ReferenceDataService referenceData;
    private final CaseReviewSettings settings;
    private final AuditTrail audit;

    /** The two letters, with the placeholders each fills, for the letter templates screen. */
    @Override
    public List<LetterKind> letterKinds() {
        Map<String, String> common = new LinkedHashMap<>();
        common.put("date", "the day the applicant was told");
        common.put("recipient.name", "the applicant's name");
        common.put("recipient.address", "the applicant's address");
        common.put("case.reference", "the review's reference, e.g. CR-2026-0001");
        common.put("applied.on", "the day the application was made");
        common.put("district.name", "the district council's name");
        Map<String, String> decision = new LinkedHashMap<>(common);
        decision.put("qualifying.count", "how many complaints qualify");
        decision.put("threshold", "the local threshold, in words");
        decision.put("decision", "whether the threshold is met and what happens next");
        decision.put("decision.reason", "the coordinator's reason, when given");
        Map<String, String> outcome = new LinkedHashMap<>(common);
        outcome.put("meeting.date", "the day of the review meeting");
        outcome.put("outcome", "the outcome of the review");
        outcome.put("recommendations", "one line per recommendation: the agency, what it will do and by when");
        outcome.put("escalation.route", "who looks at the review again when the applicant is not satisfied");
        outcome.put("escalation.deadline", "the last day to ask for that");
        return List.of(new LetterKind(DECISION_TEMPLATE, "ASB Case Review: threshold decision", decision),
                new LetterKind(OUTCOME_TEMPLATE, "ASB Case Review: outcome", outcome));
    }

    /** The threshold decision letter, once the coordinator has decided; "not found" before. */
    @PreAuthorize(CaseReviewService.STAFF)
    @Transactional(readOnly = true)
    public DocumentFile decisionLetter(String reference) {
        CaseReview review = applications.requireReadable(reference);
        if (review.getThresholdMet() == null) {
            throw new NotFoundException("Case Review " + reference + " has no threshold decision yet");
        }
        Map<String, String> values = common(review, firstOf(review.getDecisionToldAt(), review.getDecidedAt()));
        boolean met = review.getThresholdMet();
        values.put("decision", met
                ? "The threshold for an ASB Case Review has been met. The partner agencies will now review how your "
                + "complaints were dealt with, and we will write to you with the outcome."
                : "The threshold for an ASB Case Review has not been met.");
        values.put("decision.reason", review.getDecisionReason() == null ? "" : review.getDecisionReason());
        values.put("qualifying.count", String.valueOf(review.getQualifyingCount() == null ? 0
                : review.getQualifyingCount()));
        values.put("threshold", applications.rule().describe());
        audit.viewed(AuditRecordType.CASE_REVIEW, reference);
        return letters.write(DECISION_TEMPLATE, values, reference + "-threshold-decision.pdf");
    }

    /** The outcome letter, once the review was held; "not found" before. */
    @PreAuthorize(CaseReviewService.STAFF)
    @Transactional(readOnly = true)
    public DocumentFile outcomeLetter(String reference) {
        CaseReview review = applications.requireReadable(reference);
        if (review.getReviewHeldAt() == null) {
            throw new NotFoundException("Case Review " + reference + " has no outcome yet");
        }
        Instant told = firstOf(review.getOutcomeToldAt(), review.getReviewHeldAt());
        Map<String, String> values = common(review, told);
        values.put("meeting.date", review.getMeetingDate() == null ? "" : LETTER_DATE.format(review.getMeetingDate()));
        values.put("outcome", review.getOutcome());
        values.put("recommendations", recommendations(review));
        values.put("escalation.route", settings.escalationRoute());
        values.put("escalation.deadline", LETTER_DATE.format(told.atZone(ReportService.ZONE).toLocalDate()
                .plus(settings.escalationWindow())));
        audit.viewed(AuditRecordType.CASE_REVIEW, reference);
        return letters.write(OUTCOME_TEMPLATE, values, reference + "-outcome.pdf");
    }

    private Map<String, String> common(CaseReview review, Instant dated) {
        Map<String, String> values = new HashMap<>();
        LocalDate day = dated.atZone(ReportService.ZONE).toLocalDate();
        values.put("date", LETTER_DATE.format(day));
        values.put("recipient.name", review.getApplicantName());
        values.put("recipient.address", review.getApplicantAddress() == null ? "" : review.getApplicantAddress());
        values.put("case.reference", review.getReference());
        values.put("applied.on", LETTER_DATE.format(review.getAppliedOn()));
        return values;
    }

    /** One numbered line per recommendation: the agency, what it will do and by when. */
    private String recommendations(CaseReview review) {
        List<ActionView> made = actions.actionsOf(ActionOwner.caseReview(review.getId(), review.getReference()));
        if (made.isEmpty()) {
            return "The review made no recommendations.";
        }
        int[] n = {1};
        return made.stream().map(a -> n[0]++ + ". " + referenceData.agency(a.agencyCode()).map(Agency::getName)
                        .orElse(a.agencyCode()) + ": " + a.description() + " (by " + LETTER_DATE.format(a.dueDate())
                        + ")")
                .collect(Collectors.joining("\n"));
    }

    private static Instant firstOf(Instant first, Instant second) {
        return first != null ? first : second;
    }
}
