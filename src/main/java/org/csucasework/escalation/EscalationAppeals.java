package org.csucasework.escalation;

import static org.csucasework.escalation.AsbEscalationProcess.MESSAGE_APPEAL_LODGED;
import static org.csucasework.escalation.AsbEscalationProcess.RECORD_APPEAL_OUTCOME;
import static org.csucasework.escalation.internal.CaseAccess.blank;
import static org.csucasework.escalation.internal.CaseAccess.trimToNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.csucasework.escalation.internal.Appeal;
import org.csucasework.escalation.internal.AppealRepository;
import org.csucasework.escalation.internal.CaseAccess;
import org.csucasework.escalation.internal.EscalationCase;
import org.csucasework.escalation.internal.EscalationHistory;
import org.csucasework.escalation.internal.EscalationStep;
import org.csucasework.escalation.internal.EscalationStepRepository;
import org.csucasework.escalation.process.CaseProcess;
import org.csucasework.shared.FieldError;
import org.csucasework.shared.ValidationException;
import org.csucasework.shared.ui.UkDates;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Appeals against a Community Protection Notice to the magistrates' court (s46): lodged within 21 days of the
 * notice's service, while which its "do" requirements are suspended (the "stop" requirements stand); then the court's
 * decision: upheld, varied or quashed. The 21 days are a timer of the process.
 */
@Service
@RequiredArgsConstructor
public class EscalationAppeals {

    /** The longest name of a court. */
    public static final int COURT_MAX = 160;

    private final EscalationStepRepository steps;
    private final AppealRepository appeals;
    private final CaseAccess access;
    private final EscalationHistory history;
    private final CaseProcess process;

    /**
     * Records an appeal lodged against the case's served CPN: on a day from its service to the 21st day after, not in
     * the future, at a court, with the hearing's day when known. Refused once the 21 days have passed.
     */
    @PreAuthorize("hasAnyRole('CASEWORKER', 'SUPERVISOR')")
    @Transactional
    public void lodge(String reference, LocalDate lodgedOn, String court, LocalDate hearingOn) {
        EscalationCase c = access.requireOpen(reference);
        EscalationStep notice = steps.findLastServed(c.getId(), Ladder.CPN)
                .orElseThrow(() -> ValidationException.of("lodgedOn", "No Community Protection Notice has been served "
                        + "on this case: there is nothing to appeal against"));
        LocalDate deadline = EscalationDeadlines.appealDeadline(notice);
        if (!process.canReceive(reference, MESSAGE_APPEAL_LODGED)) {
            throw ValidationException.of("lodgedOn", appeals.findByStepId(notice.getId()).isPresent()
                    ? "An appeal against this notice is already recorded"
                    : "The 21 days to appeal ended on " + UkDates.day(deadline) + " (s46)");
        }
        List<FieldError> errors = new ArrayList<>();
        if (lodgedOn == null) {
            errors.add(new FieldError("lodgedOn", "Give the day the appeal was lodged"));
        } else if (lodgedOn.isBefore(notice.getServedOn()) || lodgedOn.isAfter(deadline)) {
            errors.add(new FieldError("lodgedOn", "An appeal is lodged within 21 days of the notice's service (s46): "
                    + "from " + UkDates.day(notice.getServedOn()) + " to " + UkDates.day(deadline)));
        } else if (lodgedOn.isAfter(access.today())) {
            errors.add(new FieldError("lodgedOn", "A day in the future: record the appeal once it is lodged"));
        }
        if (blank(court)) {
            errors.add(new FieldError("court", "Name the magistrates' court"));
        } else if (court.trim().length() > COURT_MAX) {
            errors.add(new FieldError("court", "At most " + COURT_MAX + " characters"));
        }
        if (hearingOn != null && lodgedOn != null && hearingOn.isBefore(lodgedOn)) {
            errors.add(new FieldError("hearingOn", "The hearing comes after the appeal is lodged"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        appeals.save(new Appeal(c.getId(), notice.getId(), lodgedOn, court.trim(), hearingOn, access.now(),
                access.actor()));
        history.record(c, access.actor(), "APPEAL_LODGED", "Appeal against the Community Protection Notice lodged on "
                + UkDates.day(lodgedOn) + " at " + court.trim()
                + (hearingOn == null ? "" : ", hearing on " + UkDates.day(hearingOn))
                + ": the notice's requirements to do things are suspended until it is decided (s46)");
        process.appealLodged(reference);
    }

    /** The court's decision on the pending appeal, upheld or quashed (a varied notice needs its new terms). */
    @PreAuthorize("hasAnyRole('CASEWORKER', 'SUPERVISOR')")
    @Transactional
    public void decide(String reference, AppealResult result, LocalDate decidedOn, String note) {
        decide(reference, result, decidedOn, note, List.of());
    }

    /**
     * The court's decision on the pending appeal, on a day from its lodging to today. Upheld, the notice's own
     * requirements stand; varied, the court's new terms ({@code variedRequirements}, as the court set them) replace
     * them; either way each "do" deadline moves on by the days the appeal was in progress, during which it had no
     * effect (s46(3)), and the requirements in force are kept with the appeal (the served notice keeps what its paper
     * said). Quashed, the notice ends: the process stops waiting on its term and its breaches.
     */
    @PreAuthorize("hasAnyRole('CASEWORKER', 'SUPERVISOR')")
    @Transactional
    public void decide(String reference, AppealResult result, LocalDate decidedOn, String note,
                       List<Requirement> variedRequirements) {
        EscalationCase c = access.requireOpen(reference);
        Appeal appeal = appeals.findByCaseIdOrderByLodgedOn(c.getId()).stream().filter(Appeal::isPending)
                .filter(a -> process.isWaitingAt(reference, RECORD_APPEAL_OUTCOME)).findFirst()
                .orElseThrow(() -> ValidationException.of("result", "No appeal is waiting for the court's decision"));
        EscalationStep notice = steps.findById(appeal.getStepId()).orElseThrow();
        List<Requirement> varied = variedRequirements == null ? List.of() : variedRequirements;
        List<FieldError> errors = new ArrayList<>();
        if (result == null) {
            errors.add(new FieldError("result", "Choose the court's decision: upheld, varied or quashed"));
        }
        if (decidedOn == null) {
            errors.add(new FieldError("decidedOn", "Give the day of the court's decision"));
        } else if (decidedOn.isBefore(appeal.getLodgedOn()) || decidedOn.isAfter(access.today())) {
            errors.add(new FieldError("decidedOn", "A day from the appeal's lodging (" + UkDates.day(appeal.getLodgedOn())
                    + ") to today"));
        }
        if (result == AppealResult.VARIED) {
            if (varied.isEmpty()) {
                errors.add(new FieldError("requirements", "Give the notice's requirements as the court varied them"));
            }
            Requirements.check(varied, notice.getServedOn(), errors);
        } else if (!varied.isEmpty()) {
            errors.add(new FieldError("requirements", "Only a varied notice is given new requirements"));
        }
        if (note != null && note.trim().length() > EscalationFieldLimits.NOTE) {
            errors.add(new FieldError("resultNote", "At most " + EscalationFieldLimits.NOTE + " characters"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        appeal.decide(result, decidedOn, trimToNull(note), access.actor(), switch (result) {
            case UPHELD -> notice.getRequirements();
            case VARIED -> varied;
            case QUASHED -> List.of();
        });
        // Only the notice the case waits on ends: a step served after it (a referral) stays what is in force.
        boolean noticeInForce = result == AppealResult.QUASHED && Ladder.CPN.equals(c.getLadderStageCode());
        if (noticeInForce) {
            c.noticeQuashed(decidedOn, steps.findLastServed(c.getId(), Ladder.CPW).map(EscalationStep::getStageCode)
                    .orElse(null));
        }
        access.flush();
        history.record(c, access.actor(), "APPEAL_DECIDED", "Appeal decided on " + UkDates.day(decidedOn) + ": "
                + result.label().toLowerCase(Locale.UK) + (blank(note) ? "" : " - " + note.trim())
                + (result == AppealResult.QUASHED
                ? ". The notice has no effect: nothing of it is enforced or waited for; propose again as the ladder allows"
                : ". The requirements to do things apply again, each deadline moved on by the "
                + appeal.daysInProgress() + " days the appeal took (s46(3))"));
        process.completeTask(reference, RECORD_APPEAL_OUTCOME, Map.of());
        if (noticeInForce) {
            process.stepInForceEnded(reference);
        }
    }

    /** The appeals on a case, as the case page and the API show them. */
    @Transactional(readOnly = true)
    public List<AppealView> appeals(String reference) {
        EscalationCase c = access.requireReadable(reference);
        return appeals.findByCaseIdOrderByLodgedOn(c.getId()).stream()
                .map(a -> new AppealView(a.getId(), a.getStepId(), a.getLodgedOn(), a.getCourt(), a.getHearingOn(),
                        a.getResult(), a.getDecidedOn(), a.getResultNote(), a.getRequirementsInForce()))
                .toList();
    }

    /**
     * An appeal as shown: pending while it has no result. Once upheld or varied, {@code requirementsInForce} are the
     * notice's requirements from then on, each "do" deadline moved on by the appeal's days.
     */
    public record AppealView(Long id, Long stepId, LocalDate lodgedOn, String court, LocalDate hearingOn,
                             AppealResult result, LocalDate decidedOn, String resultNote,
                             List<Requirement> requirementsInForce) {
        public boolean pending() {
            return result == null;
        }
    }
}
