package org.csucasework.escalation.process;

import static org.csucasework.escalation.AsbEscalationProcess.RECORD_ABA_TERM_ENDED;
import static org.csucasework.escalation.AsbEscalationProcess.RECORD_APPEAL_WINDOW_CLOSED;
import static org.csucasework.escalation.AsbEscalationProcess.RECORD_PENALTY_UNPAID;
import static org.csucasework.escalation.AsbEscalationProcess.RECORD_TIME_TO_COMPLY_PASSED;
import static org.csucasework.escalation.AsbEscalationProcess.RECORD_WATCH_ENDED;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.csucasework.escalation.WaitPlan;
import org.csucasework.escalation.internal.CaseAccess;
import org.csucasework.escalation.internal.EscalationHistory;
import org.csucasework.escalation.internal.DocumentContent;
import org.csucasework.escalation.internal.DocumentContentRepository;
import org.csucasework.escalation.internal.EscalationCase;
import org.csucasework.escalation.internal.EscalationDocument;
import org.csucasework.escalation.internal.EscalationDocumentRepository;
import org.csucasework.escalation.internal.EscalationStep;
import org.csucasework.escalation.internal.FixedPenalty;
import org.csucasework.escalation.internal.FixedPenaltyRepository;
import org.csucasework.escalation.internal.LetterWriter;
import org.csucasework.escalation.internal.WaitPlanner;
import org.csucasework.reference.EscalationStage;
import org.csucasework.shared.ui.UkDates;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What only the process does, reached only from its delegates (so not public): generating an approved step's documents
 * and recording that a wait is over. Nobody is signed in when a timer fires; the actor is "system".
 */
@Component
class Milestones {

    private final EscalationDocumentRepository documents;
    private final DocumentContentRepository contents;
    private final LetterWriter letters;
    private final WaitPlanner planner;
    private final FixedPenaltyRepository penalties;
    private final CaseAccess access;
    private final EscalationHistory history;

    Milestones(EscalationDocumentRepository documents, DocumentContentRepository contents, LetterWriter letters,
               WaitPlanner planner, FixedPenaltyRepository penalties, CaseAccess access, EscalationHistory history) {
        this.penalties = penalties;
        this.documents = documents;
        this.contents = contents;
        this.letters = letters;
        this.planner = planner;
        this.access = access;
        this.history = history;
    }

    /**
     * Generates the approved step's documents from its template and stores them with the case, ready to be served.
     * Nothing runs from here: the case keeps waiting as it did until the service is recorded
     * ({@link org.csucasework.escalation.EscalationDeadlines#serve}), from whose day every deadline counts.
     */
    @Transactional
    void generate(Long stepId) {
        EscalationStep step = access.requireStep(stepId);
        EscalationCase c = access.caseOf(step);
        EscalationStage stage = access.stage(step.getStageCode());
        LocalDate today = access.today();
        Instant now = access.now();
        // The letters state their dates as if served today, the earliest day they can be: the real deadlines run from
        // the day of service and are never earlier than those the recipient reads.
        WaitPlan plan = planner.plan(c, step, stage, today);

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
        step.documentsGenerated(now, today);
        access.flush();
        history.record(c, access.actor(), "DOCUMENTS_READY", stage.getLabel() + " for " + String.join(" and ", issuedTo)
                + " generated: record when it is served; its deadlines run from that day");
    }

    /** A wait is over: the term ended, the time to comply passed, the watch ended. */
    @Transactional
    void waitOver(Long caseId, String activityId) {
        EscalationCase c = access.byId(caseId);
        if (RECORD_PENALTY_UNPAID.equals(activityId)) {
            // No prosecution while the 14 days run (s52); once they pass unpaid, the prosecution file (s48) follows.
            penalties.findFirstByCaseIdAndStatus(caseId, FixedPenalty.Status.ISSUED).ifPresent(penalty -> {
                penalty.unpaid();
                history.record(c, "system", "FIXED_PENALTY_UNPAID", "The fixed penalty was not paid by "
                        + UkDates.day(penalty.getPaymentDue()) + ": prepare the prosecution file (s48)");
            });
            access.flush();
            return;
        }
        if (RECORD_APPEAL_WINDOW_CLOSED.equals(activityId)) {
            // The 21 days to appeal run beside the ladder's wait, which goes on.
            history.record(c, "system", "APPEAL_WINDOW_CLOSED", "The 21 days to appeal against the Community "
                    + "Protection Notice ended without an appeal (s46)");
            return;
        }
        switch (activityId) {
            case RECORD_ABA_TERM_ENDED -> history.record(c, "system", "ABA_TERM_ENDED", "The ABA's term ended on "
                    + UkDates.day(c.getTermEnd()) + ": close the case or propose the next step");
            case RECORD_TIME_TO_COMPLY_PASSED -> {
                c.compliancePassed();
                history.record(c, "system", "TIME_TO_COMPLY_PASSED", "The CPW's time to comply passed on "
                        + UkDates.day(c.getComplianceDate()) + ": a Community Protection Notice may now be proposed, or the case closed");
            }
            case RECORD_WATCH_ENDED -> history.record(c, "system", "WATCH_ENDED", "The watch period ended on "
                    + UkDates.day(c.getWatchUntil()) + ": close the case or propose the next step");
            default -> throw new IllegalArgumentException("Not a milestone of the escalation process: " + activityId);
        }
        c.waitOver();
        access.flush();
    }
}
