package org.csucasework.escalation;

import static org.csucasework.escalation.AsbEscalationProcess.REVIEW_ABA;
import static org.csucasework.escalation.AsbEscalationProcess.SERVE_STEP;
import static org.csucasework.escalation.AsbEscalationProcess.VAR_ABA_REVIEWED;
import static org.csucasework.escalation.internal.CaseAccess.blank;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.csucasework.escalation.internal.CaseAccess;
import org.csucasework.escalation.internal.EscalationCase;
import org.csucasework.escalation.internal.EscalationDocumentRepository;
import org.csucasework.escalation.internal.EscalationHistory;
import org.csucasework.escalation.internal.EscalationStep;
import org.csucasework.escalation.internal.WaitPlanner;
import org.csucasework.escalation.process.CaseProcess;
import org.csucasework.security.CurrentUser;
import org.csucasework.shared.FieldError;
import org.csucasework.shared.ValidationException;
import org.csucasework.shared.ui.UkDates;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Service of what was approved and the deadlines that follow from it: the day, method and officer of service, from
 * which every deadline counts (approval starts nothing); the ABA's review before its term ends. The timers
 * themselves are the process's ({@code bpmn/asb-escalation.bpmn}).
 */
@Service
@RequiredArgsConstructor
public class EscalationDeadlines {

    /** The longest name of the officer who served a document. */
    public static final int SERVED_BY_MAX = 160;

    private final EscalationDocumentRepository documents;
    private final WaitPlanner planner;
    private final CaseAccess access;
    private final EscalationHistory history;
    private final CaseProcess process;

    /**
     * Records that an approved step was served: on which day, how and by whom. Its deadlines (a CPW's time to comply,
     * an ABA's term, a CPN's term and appeal window, a watch period) run from that day. Refused, naming the field, for
     * a day before the approval or after today. An authorised partner officer (s53) who served it may record it too.
     */
    @PreAuthorize("hasAnyRole('CASEWORKER', 'SUPERVISOR', 'PARTNER')")
    @Transactional
    public void serve(Long stepId, LocalDate servedOn, ServiceMethod method, String servedBy) {
        EscalationStep step = access.requireStep(stepId);
        EscalationCase c = access.requireOpen(access.caseOf(step).getReference());
        CurrentUser user = access.user();
        access.requireCsuOrAuthorisedPartner(user, "record the service of a document");
        if (step.getStatus() != StepStatus.APPROVED || !process.isWaitingAt(c.getReference(), SERVE_STEP)) {
            throw ValidationException.of("servedOn", "This step is not waiting to be served: it is "
                    + step.getStatus().label().toLowerCase(Locale.UK));
        }
        LocalDate today = access.today();
        List<FieldError> errors = new ArrayList<>();
        if (servedOn == null) {
            errors.add(new FieldError("servedOn", "Give the day it was served"));
        } else if (servedOn.isBefore(step.approvedOn())) {
            errors.add(new FieldError("servedOn", "It was approved on " + UkDates.day(step.approvedOn())
                    + ": it cannot have been served before"));
        } else if (servedOn.isAfter(today)) {
            errors.add(new FieldError("servedOn", "A day in the future: record the service once it has happened"));
        } else {
            // A "do" requirement must leave time to comply after service (s43(3)): a notice served on or after one of
            // its deadlines asks what can no longer be done, and is not a notice the person could comply with.
            List<Requirement> requirements = step.getRequirements();
            for (int i = 0; i < requirements.size(); i++) {
                Requirement r = requirements.get(i);
                if (r.kind() == Requirement.Kind.DO && r.deadline() != null && !r.deadline().isAfter(servedOn)) {
                    errors.add(new FieldError("servedOn", "Requirement " + (i + 1) + " is to be done by "
                            + UkDates.day(r.deadline()) + ": served on " + UkDates.day(servedOn) + " it leaves no"
                            + " time to do it. Propose the notice again with later deadlines."));
                    break;
                }
            }
        }
        if (method == null) {
            errors.add(new FieldError("method", "Choose how it was served"));
        }
        if (blank(servedBy)) {
            errors.add(new FieldError("servedBy", "Say who served it"));
        } else if (servedBy.trim().length() > SERVED_BY_MAX) {
            errors.add(new FieldError("servedBy", "At most " + SERVED_BY_MAX + " characters"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        WaitPlan plan = planner.plan(c, step, access.stage(step.getStageCode()), servedOn);
        step.serve(servedOn, method, servedBy.trim(), plan.complianceDate(), today, access.now(), user.username());
        documents.findByStepId(step.getId()).forEach(d -> d.served(servedOn, method, servedBy.trim()));
        if (Ladder.ABA.equals(step.getStageCode())) {
            c.newAba();
        }
        c.stepServed(step.getStageCode(), plan.kind(), plan.reviewDate(), plan.termEnd(), plan.complianceDate(),
                plan.watchUntil());
        access.flush();
        history.record(c, user.username(), "SERVED", access.stageLabel(step.getStageCode()) + " served on "
                + UkDates.day(servedOn) + ", " + method.label().toLowerCase(Locale.UK) + ", by " + servedBy.trim()
                + waitText(plan));
        process.served(c.getReference(), plan, appealDeadline(step));
    }

    /** Days to appeal against a CPN to the magistrates' court, from the day it was served (s46). */
    public static final int APPEAL_DAYS = 21;

    /** The last day to appeal against a served CPN; null for any other step or before service. */
    static LocalDate appealDeadline(EscalationStep step) {
        return Ladder.CPN.equals(step.getStageCode()) && step.getServedOn() != null
                ? step.getServedOn().plusDays(APPEAL_DAYS) : null;
    }

    private static String waitText(WaitPlan plan) {
        return switch (plan.kind()) {
            case ABA -> "; review by " + UkDates.day(plan.reviewDate()) + ", term ends " + UkDates.day(plan.termEnd());
            case CPW -> "; time to comply until " + UkDates.day(plan.complianceDate());
            case WATCH -> "; watch period until " + UkDates.day(plan.watchUntil());
            case NONE -> "";
        };
    }

    /** The review of an ABA before its term ends: recorded, then the case waits for the end of the term. */
    @PreAuthorize("hasAnyRole('CASEWORKER', 'SUPERVISOR')")
    @Transactional
    public void reviewAba(String reference, String outcome) {
        EscalationCase c = access.requireOpen(reference);
        if (!process.isWaitingAt(reference, REVIEW_ABA)) {
            throw ValidationException.of("reviewNote", "No ABA review is due on this case");
        }
        if (blank(outcome)) {
            throw ValidationException.of("reviewNote", "Record the outcome of the review");
        }
        if (outcome.trim().length() > EscalationFieldLimits.NOTE) {
            throw ValidationException.of("reviewNote", "At most " + EscalationFieldLimits.NOTE + " characters");
        }
        c.abaReviewed();
        access.flush();
        history.record(c, access.actor(), "ABA_REVIEWED", "ABA reviewed: " + outcome.trim());
        process.completeTask(reference, REVIEW_ABA, Map.of(VAR_ABA_REVIEWED, true));
    }
}
