package org.csucasework.escalation;

import static org.csucasework.escalation.internal.CaseAccess.blank;
import static org.csucasework.escalation.internal.CaseAccess.trimToNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import lombok.RequiredArgsConstructor;
import org.csucasework.escalation.internal.AbaAgreement;
import org.csucasework.escalation.internal.AbaAgreementRepository;
import org.csucasework.escalation.internal.CaseAccess;
import org.csucasework.escalation.internal.EscalationCase;
import org.csucasework.escalation.internal.EscalationHistory;
import org.csucasework.escalation.internal.EscalationStep;
import org.csucasework.escalation.internal.EscalationStepRepository;
import org.csucasework.escalation.process.CaseProcess;
import org.csucasework.shared.FieldError;
import org.csucasework.shared.Role;
import org.csucasework.shared.ValidationException;
import org.csucasework.shared.ui.UkDates;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An Acceptable Behaviour Agreement signed or refused (DESIGN 4.4). The agreement is put to the person at a meeting,
 * which is its service: so it is recorded on a served ABA, on a day from its service to today, once. A person under 18
 * on that day signs with their parent or guardian. A refusal is recorded too, on the case and in its history: it may
 * be evidence for the next step.
 */
@Service
@RequiredArgsConstructor
public class EscalationAgreements {

    /** The most positive requirements one agreement lists. */
    public static final int MAX_POSITIVE_REQUIREMENTS = 20;

    private final AbaAgreementRepository agreements;
    private final CaseAccess access;
    private final EscalationHistory history;
    private final EscalationStepRepository steps;
    private final CaseProcess process;

    /**
     * Records that the served ABA {@code stepId} was signed or refused on {@code decidedOn}, with the support offered
     * and the positive requirements (blank ones left out). Refused, naming the field, for a step that is not a served
     * ABA, an agreement already recorded, a day before service or after today, or a young person's agreement signed
     * without their parent or guardian.
     */
    @PreAuthorize("hasAnyRole('CASEWORKER', 'SUPERVISOR', 'PARTNER')")
    @Transactional
    public Long record(Long stepId, AgreementOutcome outcome, LocalDate decidedOn, boolean guardianSigned,
                       String supportOffered, List<String> positiveRequirements) {
        EscalationStep step = access.requireStep(stepId);
        EscalationCase c = access.requireOpen(access.caseOf(step).getReference());
        access.requireCsuOrAuthorisedPartner(access.user(), "record whether an agreement was signed or refused");
        if (!Ladder.ABA.equals(step.getStageCode()) || step.getStatus() != StepStatus.SERVED) {
            throw ValidationException.of("outcome", "Only a served Acceptable Behaviour Agreement is signed or "
                    + "refused: record its service first (an agreement put at a meeting is served that day)");
        }
        agreements.findByStepId(stepId).ifPresent(a -> {
            throw ValidationException.of("outcome", "Already recorded: " + a.getOutcome().label()
                    .toLowerCase(Locale.UK) + " on " + UkDates.day(a.getDecidedOn()));
        });
        List<FieldError> errors = new ArrayList<>();
        if (outcome == null) {
            errors.add(new FieldError("outcome", "Was the agreement signed or refused?"));
        }
        if (decidedOn == null) {
            errors.add(new FieldError("decidedOn", "Give the day it was signed or refused"));
        } else if (decidedOn.isBefore(step.getServedOn()) || decidedOn.isAfter(access.today())) {
            errors.add(new FieldError("decidedOn", "A day from the agreement's service (" + UkDates.day(step.getServedOn())
                    + ") to today"));
        }
        boolean young = access.ageSubject(c).under18On(decidedOn);
        if (outcome == AgreementOutcome.SIGNED && young && !guardianSigned) {
            errors.add(new FieldError("guardianSigned", "The person was under 18 on that day: their parent or "
                    + "guardian signs the agreement too"));
        } else if (guardianSigned && outcome == AgreementOutcome.REFUSED) {
            errors.add(new FieldError("guardianSigned", "A parent or guardian signs an agreement that was signed"));
        }
        if (supportOffered != null && supportOffered.trim().length() > EscalationFieldLimits.NOTE) {
            errors.add(new FieldError("supportOffered", "At most " + EscalationFieldLimits.NOTE + " characters"));
        }
        List<String> requirements = positiveRequirements(positiveRequirements, errors);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        AbaAgreement agreement = agreements.save(new AbaAgreement(c.getId(), stepId, outcome, decidedOn,
                guardianSigned, trimToNull(supportOffered), requirements, access.now(), access.actor()));
        history.record(c, access.actor(), outcome == AgreementOutcome.SIGNED ? "ABA_SIGNED" : "ABA_REFUSED",
                historyText(agreement));
        // A refused agreement is not in force: its review and term are not waited for (nor breaches of it), unless
        // the case already waits on a later step.
        if (outcome == AgreementOutcome.REFUSED && c.getWaitKind() == WaitKind.ABA
                && steps.findLastServed(c.getId(), Ladder.ABA).map(s -> s.getId().equals(stepId)).orElse(false)) {
            c.waitOver();
            access.flush();
            process.stepInForceEnded(c.getReference());
        }
        return agreement.getId();
    }

    private static List<String> positiveRequirements(List<String> given, List<FieldError> errors) {
        List<String> kept = new ArrayList<>();
        List<String> all = given == null ? List.of() : given;
        for (int i = 0; i < all.size(); i++) {
            String text = all.get(i);
            if (blank(text)) {
                continue;
            }
            if (text.trim().length() > EscalationFieldLimits.REQUIREMENT) {
                errors.add(new FieldError("positiveRequirements[" + i + "]", "At most "
                        + EscalationFieldLimits.REQUIREMENT + " characters"));
            }
            kept.add(text.trim());
        }
        if (kept.size() > MAX_POSITIVE_REQUIREMENTS) {
            errors.add(new FieldError("positiveRequirements", "At most " + MAX_POSITIVE_REQUIREMENTS
                    + " positive requirements"));
        }
        return kept;
    }

    /** A refusal says what it is for: the next step's evidence. */
    private static String historyText(AbaAgreement a) {
        String text = a.getOutcome() == AgreementOutcome.SIGNED
                ? "Acceptable Behaviour Agreement signed on " + UkDates.day(a.getDecidedOn())
                + (a.isGuardianSigned() ? " by the person and their parent or guardian" : "")
                : "Acceptable Behaviour Agreement refused on " + UkDates.day(a.getDecidedOn())
                + ": the refusal may be evidence for the next step";
        return text + (a.getSupportOffered() == null ? "" : ". Support offered: " + a.getSupportOffered())
                + (a.getPositiveRequirements().isEmpty() ? ""
                : ". Positive requirements: " + String.join("; ", a.getPositiveRequirements()));
    }

    /**
     * Whether the signed-in user may record an agreement's signing or refusal and a legal outcome: the CSU's
     * caseworkers and supervisors, and officers of an authorised partner agency (s53) on the cases of their agency.
     */
    @Transactional(readOnly = true)
    public boolean mayRecord() {
        return access.currentUser().map(u -> u.hasAny(Role.CASEWORKER, Role.SUPERVISOR) && access.isCsu(u)
                || access.isAuthorisedPartner(u)).orElse(false);
    }

    /** The agreements recorded on a case, oldest first, as the case page and the API show them. */
    @Transactional(readOnly = true)
    public List<AgreementView> agreements(String reference) {
        EscalationCase c = access.requireReadable(reference);
        return agreements.findByCaseIdOrderByDecidedOnAscIdAsc(c.getId()).stream()
                .map(a -> new AgreementView(a.getId(), a.getStepId(), a.getOutcome(), a.getDecidedOn(),
                        a.isGuardianSigned(), a.getSupportOffered(), a.getPositiveRequirements()))
                .toList();
    }

    public record AgreementView(Long id, Long stepId, AgreementOutcome outcome, LocalDate decidedOn,
                                boolean guardianSigned, String supportOffered, List<String> positiveRequirements) {
    }
}
