package org.csucasework.escalation.process;

import static org.csucasework.escalation.AsbEscalationProcess.RECORD_ABA_TERM_ENDED;
import static org.csucasework.escalation.AsbEscalationProcess.RECORD_TIME_TO_COMPLY_PASSED;
import static org.csucasework.escalation.AsbEscalationProcess.RECORD_WATCH_ENDED;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.csucasework.escalation.Ladder;
import org.csucasework.escalation.WaitKind;
import org.csucasework.escalation.WaitPlan;
import org.csucasework.escalation.internal.CaseAccess;
import org.csucasework.escalation.internal.EscalationHistory;
import org.csucasework.escalation.internal.DocumentContent;
import org.csucasework.escalation.internal.DocumentContentRepository;
import org.csucasework.escalation.internal.EscalationCase;
import org.csucasework.escalation.internal.EscalationDocument;
import org.csucasework.escalation.internal.EscalationDocumentRepository;
import org.csucasework.escalation.internal.EscalationStep;
import org.csucasework.escalation.internal.LetterWriter;
import org.csucasework.reference.EscalationStage;
import org.csucasework.shared.ui.UkDates;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What only the process does, reached only from its delegates (so not public): issuing an approved step's documents
 * and recording that a wait is over. Nobody is signed in when a timer fires; the actor is "system".
 */
@Component
class Milestones {

    private final EscalationDocumentRepository documents;
    private final DocumentContentRepository contents;
    private final LetterWriter letters;
    private final CaseAccess access;
    private final EscalationHistory history;
    private final int watchDays;
    private final int reviewDaysBefore;

    Milestones(EscalationDocumentRepository documents, DocumentContentRepository contents, LetterWriter letters,
               CaseAccess access, EscalationHistory history, @Value("${casework.escalation.watch-days:183}") int watchDays,
               @Value("${casework.escalation.aba-review-days-before:14}") int reviewDaysBefore) {
        this.documents = documents;
        this.contents = contents;
        this.letters = letters;
        this.access = access;
        this.history = history;
        this.watchDays = watchDays;
        this.reviewDaysBefore = reviewDaysBefore;
    }

    /**
     * Generates the approved step's documents from its template, stores them with the case, enters them in the
     * letters register, and says what the case waits for now.
     */
    @Transactional
    WaitPlan issue(Long stepId) {
        EscalationStep step = access.requireStep(stepId);
        EscalationCase c = access.caseOf(step);
        EscalationStage stage = access.stage(step.getStageCode());
        LocalDate today = access.today();
        Instant now = access.now();
        WaitPlan plan = plan(c, step, stage, today);

        List<String> issuedTo = new ArrayList<>();
        for (LetterWriter.Letter letter : letters.write(c, step, plan, today)) {
            EscalationDocument document = documents.saveAndFlush(new EscalationDocument(c.getId(), step.getId(),
                    step.getStageCode(), letter.title(), letter.recipientName(), letter.role(), letter.fileName(),
                    letter.pdf().length, now, step.getProposedBy(), step.getDecidedBy(), step.getServiceMethod()));
            contents.save(new DocumentContent(document.getId(), letter.pdf()));
            issuedTo.add(switch (letter.role()) {
                case GUARDIAN -> "the parent or guardian";
                case SUBJECT -> c.isBody() ? "the business or organisation" : "the person";
                case LEGAL_SERVICES -> letter.recipientName();
            });
        }
        step.issued(now, today, plan.complianceDate());
        c.stepIssued(step.getStageCode(), plan.kind(), plan.reviewDate(), plan.termEnd(), plan.complianceDate(),
                plan.watchUntil());
        access.flush();
        history.record(c, access.actor(), "ISSUED", stage.getLabel() + " issued to " + String.join(" and ", issuedTo)
                + ", " + step.getServiceMethod().label().toLowerCase(Locale.UK) + waitText(plan));
        return plan;
    }

    /** What the case waits for once the step is issued, counted from {@code from}. */
    private WaitPlan plan(EscalationCase c, EscalationStep step, EscalationStage stage, LocalDate from) {
        int days = Optional.ofNullable(step.getDurationDays())
                .or(() -> Optional.ofNullable(stage.getDefaultDurationDays())).orElse(watchDays);
        return switch (step.getStageCode()) {
            case Ladder.ABA -> {
                LocalDate termEnd = from.plusDays(days);
                LocalDate review = termEnd.minusDays(reviewDaysBefore);
                c.newAba();
                yield new WaitPlan(WaitKind.ABA, review.isBefore(from) ? from : review, termEnd, null, null, false);
            }
            case Ladder.CPW -> new WaitPlan(WaitKind.CPW, null, null, from.plusDays(days), null, false);
            case Ladder.CPN -> new WaitPlan(WaitKind.WATCH, null, from.plusDays(days), null, from.plusDays(days), false);
            case Ladder.ABA_BREACH_LETTER -> c.getWaitKind() == WaitKind.ABA && !c.getTermEnd().isBefore(from)
                    // The agreement stays in force after a breach letter: keep waiting for its review and end.
                    ? new WaitPlan(WaitKind.ABA, c.getReviewDate(), c.getTermEnd(), null, null, c.isAbaReviewed())
                    : new WaitPlan(WaitKind.WATCH, null, c.getTermEnd(), null, from.plusDays(watchDays), false);
            default -> new WaitPlan(WaitKind.WATCH, null, null, null, from.plusDays(watchDays), false);
        };
    }

    private static String waitText(WaitPlan plan) {
        return switch (plan.kind()) {
            case ABA -> "; review by " + UkDates.day(plan.reviewDate()) + ", term ends " + UkDates.day(plan.termEnd());
            case CPW -> "; time to comply until " + UkDates.day(plan.complianceDate());
            case WATCH -> "; watch period until " + UkDates.day(plan.watchUntil());
            case NONE -> "";
        };
    }

    /** A wait is over: the term ended, the time to comply passed, the watch ended. */
    @Transactional
    void waitOver(Long caseId, String activityId) {
        EscalationCase c = access.byId(caseId);
        switch (activityId) {
            case RECORD_ABA_TERM_ENDED -> history.record(c, "system", "ABA_TERM_ENDED", "The ABA's term ended on "
                    + c.getTermEnd() + ": close the case or propose the next step");
            case RECORD_TIME_TO_COMPLY_PASSED -> {
                c.compliancePassed();
                history.record(c, "system", "TIME_TO_COMPLY_PASSED", "The CPW's time to comply passed on "
                        + c.getComplianceDate() + ": a Community Protection Notice may now be proposed, or the case closed");
            }
            case RECORD_WATCH_ENDED -> history.record(c, "system", "WATCH_ENDED", "The watch period ended on "
                    + c.getWatchUntil() + ": close the case or propose the next step");
            default -> throw new IllegalArgumentException("Not a milestone of the escalation process: " + activityId);
        }
        c.waitOver();
        access.flush();
    }
}
