package org.csucasework.escalation;

import java.time.LocalDate;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.csucasework.escalation.internal.CaseAccess;
import org.csucasework.escalation.internal.EscalationCase;
import org.csucasework.escalation.internal.EscalationHistory;
import org.csucasework.escalation.internal.LegalOutcome;
import org.csucasework.escalation.internal.LegalOutcomeRepository;
import org.csucasework.shared.FieldError;
import org.csucasework.shared.NotFoundException;
import org.csucasework.shared.ValidationException;
import org.csucasework.shared.ui.UkDates;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Legal outcomes beyond the ladder (DESIGN 4.4): a civil injunction, a Criminal Behaviour Order, a closure notice or
 * a closure order recorded on the case with its terms and dates, then its breaches and a closure order's extension.
 * The law's limits are {@link LegalOutcomeRules}; who may record them is who may record a prosecution.
 */
@Service
@RequiredArgsConstructor
public class EscalationLegalOutcomes {

    private final LegalOutcomeRepository outcomes;
    private final CaseAccess access;
    private final EscalationHistory history;

    @PreAuthorize("hasAnyRole('CASEWORKER', 'SUPERVISOR', 'PARTNER')")
    @Transactional
    public Long record(String reference, LegalOutcomeDraft draft) {
        EscalationCase c = access.requireOpen(reference);
        access.requireCsuOrAuthorisedPartner(access.user(), "record a legal outcome");
        List<FieldError> errors = LegalOutcomeRules.check(draft, access.ageSubject(c), access.today());
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        LegalOutcome outcome = outcomes.save(new LegalOutcome(c.getId(), draft, access.now(), access.actor()));
        history.record(c, access.actor(), "LEGAL_OUTCOME", describe(outcome));
        return outcome.getId();
    }

    /** A breach of the outcome {@code id} of the case, on a day it ran. */
    @PreAuthorize("hasAnyRole('CASEWORKER', 'SUPERVISOR', 'PARTNER')")
    @Transactional
    public void breach(String reference, Long id, LocalDate breachOn, String description) {
        EscalationCase c = access.requireOpen(reference);
        access.requireCsuOrAuthorisedPartner(access.user(), "record a legal outcome");
        LegalOutcome outcome = require(c, id);
        List<FieldError> errors = LegalOutcomeRules.checkBreach(outcome.getKind(), outcome.getMadeOn(),
                outcome.getExpiresOn(), breachOn, description, access.today());
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        outcome.breached(breachOn, description, access.now(), access.actor());
        access.flush();
        history.record(c, access.actor(), "LEGAL_OUTCOME_BREACHED", "Breach of the " + outcome.getKind().label()
                + " on " + UkDates.day(breachOn) + ": " + description.trim());
    }

    /** The court extended the closure order {@code id} to {@code extendedTo} (s82). */
    @PreAuthorize("hasAnyRole('CASEWORKER', 'SUPERVISOR', 'PARTNER')")
    @Transactional
    public void extend(String reference, Long id, LocalDate extendedTo) {
        EscalationCase c = access.requireOpen(reference);
        access.requireCsuOrAuthorisedPartner(access.user(), "record a legal outcome");
        LegalOutcome outcome = require(c, id);
        List<FieldError> errors = LegalOutcomeRules.checkExtension(outcome.getKind(), outcome.getMadeOn(),
                outcome.getExpiresOn(), extendedTo);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        LocalDate before = outcome.getExpiresOn();
        outcome.extend(extendedTo);
        access.flush();
        history.record(c, access.actor(), "LEGAL_OUTCOME_EXTENDED", "Closure order extended from "
                + UkDates.day(before) + " to " + UkDates.day(extendedTo) + " (s82)");
    }

    /** An outcome of this case; another case's, or none, is "not found". */
    private LegalOutcome require(EscalationCase c, Long id) {
        return (id == null ? java.util.Optional.<LegalOutcome>empty() : outcomes.findByIdAndCaseId(id, c.getId()))
                .orElseThrow(() -> new NotFoundException("No such legal outcome on case " + c.getReference()));
    }

    private static String describe(LegalOutcome o) {
        LegalOutcomeKind kind = o.getKind();
        return kind.label() + ": " + kind.begun() + " " + UkDates.day(o.getMadeOn())
                + (o.getExpiresOn() == null ? ", until further order" : ", ends " + UkDates.day(o.getExpiresOn()))
                + (o.getPremises() == null ? "" : "; premises: " + o.getPremises())
                + (o.isPowerOfArrest() ? "; power of arrest attached" : "")
                + (o.isYouthOffendingTeamConsulted() ? "; youth offending team consulted" : "")
                + (o.getTerms() == null ? "" : "; terms: " + o.getTerms());
    }

    /** The legal outcomes of a case, oldest first, with their breaches. */
    @Transactional(readOnly = true)
    public List<LegalOutcomeView> outcomes(String reference) {
        EscalationCase c = access.requireReadable(reference);
        return outcomes.findByCaseIdOrderByMadeOnAscIdAsc(c.getId()).stream()
                .map(o -> new LegalOutcomeView(o.getId(), o.getKind(), o.getMadeOn(), o.getExpiresOn(),
                        o.getFirstExpiresOn(), o.getTerms(), o.getPremises(), o.isPowerOfArrest(),
                        o.isYouthOffendingTeamConsulted(), o.getBreaches().stream()
                        .map(b -> new BreachView(b.getBreachOn(), b.getDescription())).toList()))
                .toList();
    }

    /** An outcome as shown; {@code firstExpiresOn} is set once a closure order was extended. */
    public record LegalOutcomeView(Long id, LegalOutcomeKind kind, LocalDate madeOn, LocalDate expiresOn,
                                   LocalDate firstExpiresOn, String terms, String premises, boolean powerOfArrest,
                                   boolean youthOffendingTeamConsulted, List<BreachView> breaches) {
    }

    public record BreachView(LocalDate breachOn, String description) {
    }
}
