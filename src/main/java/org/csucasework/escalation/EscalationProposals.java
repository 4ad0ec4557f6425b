package org.csucasework.escalation;

import static org.csucasework.escalation.AsbEscalationProcess.CONFIRM_BREACH;
import static org.csucasework.escalation.internal.CaseAccess.blank;
import static org.csucasework.escalation.internal.CaseAccess.trimToNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.csucasework.escalation.internal.Breach;
import org.csucasework.escalation.internal.BreachRepository;
import org.csucasework.escalation.internal.CaseAccess;
import org.csucasework.escalation.internal.CaseReport;
import org.csucasework.escalation.internal.DecisionRights;
import org.csucasework.escalation.internal.EscalationCase;
import org.csucasework.escalation.internal.EscalationHistory;
import org.csucasework.escalation.internal.EscalationStep;
import org.csucasework.escalation.internal.EscalationStepRepository;
import org.csucasework.escalation.process.CaseProcess;
import org.csucasework.intake.Report;
import org.csucasework.intake.ReportService;
import org.csucasework.people.Person;
import org.csucasework.security.CurrentUser;
import org.csucasework.shared.ConflictException;
import org.csucasework.shared.FieldError;
import org.csucasework.shared.NotFoundException;
import org.csucasework.shared.Role;
import org.csucasework.shared.ValidationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Proposals and decisions: a caseworker (or an authorised partner officer, for a CPW or CPN) proposes the next
 * step with its evidence; a supervisor approves, returns or rejects it. {@link LadderRules} decides what may follow
 * what, on proposal and again on approval, so that no approval can issue what the law does not allow.
 */
@Service
public class EscalationProposals {

    private static final Set<String> PARTNER_STAGES = Set.of(Ladder.CPW, Ladder.CPN);

    private final EscalationStepRepository steps;
    private final BreachRepository breaches;
    private final CaseAccess access;
    private final EscalationHistory history;
    private final CaseProcess process;
    private final ReportService reports;
    private final DecisionRights rights;

    EscalationProposals(EscalationStepRepository steps, BreachRepository breaches, CaseAccess access,
                        EscalationHistory history, CaseProcess process, ReportService reports,
                        DecisionRights rights) {
        this.rights = rights;
        this.steps = steps;
        this.breaches = breaches;
        this.access = access;
        this.history = history;
        this.process = process;
        this.reports = reports;
    }

    /**
     * Proposes the next step; it goes to the supervisors' queue. Refused, with the reason at the field, when the law
     * or the ladder does not allow it: a CPN without a CPW whose time to comply has passed (s43(5)), a CPW or CPN to
     * someone under 16 (s43(1)), a voluntary stage skipped without a justification.
     */
    @PreAuthorize("hasAnyRole('CASEWORKER', 'PARTNER')")
    @Transactional
    public Long propose(String reference, ProposalDraft draft) {
        EscalationCase c = access.requireOpen(reference);
        CurrentUser user = access.user();
        requireMayPropose(user, draft);
        steps.findPending(c.getId(), List.of(StepStatus.PROPOSED, StepStatus.RETURNED)).ifPresent(pending -> {
            throw ValidationException.of("stageCode", "A proposal for " + access.stageLabel(pending.getStageCode())
                    + " is already " + (pending.getStatus() == StepStatus.RETURNED
                    ? "returned to you: revise and resubmit it" : "with the supervisors") + ". Only one at a time.");
        });
        steps.findPending(c.getId(), List.of(StepStatus.APPROVED)).ifPresent(approved -> {
            throw ValidationException.of("stageCode", "The approved " + access.stageLabel(approved.getStageCode())
                    + " waits to be served: record its service first");
        });
        if (process.isWaitingAt(reference, CONFIRM_BREACH)) {
            throw ValidationException.of("stageCode", "A breach has been reported: confirm or dismiss it first");
        }
        if (!process.canPropose(reference)) {
            throw ValidationException.of("stageCode", "The case cannot take a proposal at the moment");
        }
        boolean skip = checkProposal(c, draft);
        EscalationStep step = steps.saveAndFlush(new EscalationStep(c.getId(), draft.getStageCode(),
                draft.getConduct().trim(), draft.getServiceMethod(), draft.getDurationDays(), skip,
                trimToNull(draft.getSkipJustification()), draft.getEvidenceReportIds(), access.now(),
                user.username()));
        step.setRequirements(draft.getRequirements());
        for (Long reportId : draft.getEvidenceReportIds()) {
            access.linkReport(c, reportId, CaseReport.How.EVIDENCE, user.username());
        }
        if (c.getCaseworker() == null && user.has(Role.CASEWORKER)) {
            c.assignCaseworker(user.username());
        }
        history.record(c, user.username(), "PROPOSED", "Proposed: " + access.stageLabel(step.getStageCode())
                + (skip ? " (skipping a voluntary stage, justified: " + step.getSkipJustification() + ")" : ""));
        process.proposed(reference, step.getId());
        return step.getId();
    }

    /** The proposer changes a returned proposal and sends it back to the supervisors. */
    @PreAuthorize("hasAnyRole('CASEWORKER', 'PARTNER')")
    @Transactional
    public void resubmit(Long stepId, long expectedVersion, ProposalDraft draft) {
        EscalationStep step = access.requireStep(stepId);
        EscalationCase c = access.requireOpen(access.caseOf(step).getReference());
        requireMayPropose(access.user(), draft);
        if (step.getStatus() != StepStatus.RETURNED) {
            throw ValidationException.of("stageCode", "Only a proposal returned with comments can be resubmitted");
        }
        access.checkVersion(step, expectedVersion);
        boolean skip = checkProposal(c, draft);
        step.resubmit(draft.getStageCode(), draft.getConduct().trim(), draft.getServiceMethod(),
                draft.getDurationDays(), skip, trimToNull(draft.getSkipJustification()), draft.getEvidenceReportIds(),
                access.now());
        step.setRequirements(draft.getRequirements());
        access.flush();
        for (Long reportId : draft.getEvidenceReportIds()) {
            access.linkReport(c, reportId, CaseReport.How.EVIDENCE, access.actor());
        }
        history.record(c, access.actor(), "RESUBMITTED", "Revised and resubmitted: " + access.stageLabel(step.getStageCode()));
        process.resubmitted(c.getReference());
    }

    /**
     * A supervisor approves (the document is then generated and waits to be served), returns with comments, or
     * rejects with a reason. Nobody decides on a step they proposed themselves, and an approval is refused when the
     * law does not allow the step on the day (the CPW's time to comply, the person's age): no approval overrides it.
     * A partner officer's proposal is decided by the supervisors the partnership configured ({@link PartnerApproval}),
     * a CSU caseworker's by a supervisor of the CSU; any other supervisor is refused, audited.
     */
    @PreAuthorize("hasRole('SUPERVISOR')")
    @Transactional
    public void decide(Long stepId, Long expectedVersion, Decision decision, String note) {
        EscalationStep step = access.requireStep(stepId);
        EscalationCase c = access.requireOpen(access.caseOf(step).getReference());
        CurrentUser user = access.user();
        rights.requireMayDecide(user, step, c);
        if (step.getStatus() != StepStatus.PROPOSED) {
            throw new ConflictException("This proposal is no longer waiting for a decision: "
                    + step.getStatus().label().toLowerCase(Locale.UK) + ". Reload the case.");
        }
        if (expectedVersion != null) {
            access.checkVersion(step, expectedVersion);
        }
        List<FieldError> errors = new ArrayList<>();
        if (decision == null) {
            errors.add(new FieldError("decision", "Choose a decision"));
        } else if (decision != Decision.APPROVE && blank(note)) {
            errors.add(new FieldError("note", decision == Decision.RETURN
                    ? "Say what the caseworker should change" : "Give the reason for rejecting the proposal"));
        }
        if (note != null && note.trim().length() > EscalationFieldLimits.NOTE) {
            errors.add(new FieldError("note", "At most " + EscalationFieldLimits.NOTE + " characters"));
        }
        if (step.getProposedBy().equals(user.username())) {
            errors.add(new FieldError("decision", "You proposed this step: another supervisor decides it"));
        }
        if (decision == Decision.APPROVE) {
            LadderRules.Verdict verdict = access.rules().check(subject(c), standing(c), step.getStageCode(),
                    step.getSkipJustification(), access.today());
            verdict.errors().stream().filter(e -> e.field().equals("stageCode"))
                    .map(e -> new FieldError("decision", "Cannot be approved: " + e.message()))
                    .forEach(errors::add);
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        String trimmedNote = trimToNull(note);
        String label = access.stageLabel(step.getStageCode());
        switch (decision) {
            case APPROVE -> {
                step.decide(StepStatus.APPROVED, trimmedNote, access.now(), user.username());
                history.record(c, user.username(), "APPROVED", "Approved: " + label + ", to be served"
                        + (step.isSkip() ? " (the skip of a voluntary stage is approved)" : "")
                        + (trimmedNote == null ? "" : " - " + trimmedNote));
            }
            case RETURN -> {
                step.decide(StepStatus.RETURNED, trimmedNote, access.now(), user.username());
                history.record(c, user.username(), "RETURNED", "Returned with comments: " + label + " - " + trimmedNote);
            }
            case REJECT -> {
                step.decide(StepStatus.REJECTED, trimmedNote, access.now(), user.username());
                history.record(c, user.username(), "REJECTED", "Rejected: " + label + " - " + trimmedNote);
            }
        }
        access.flush();
        process.decided(c.getReference(), decision, c.getWaitKind() != WaitKind.NONE);
    }

    /** Whether the signed-in user may decide the step (the case page offers the decision only to them). */
    @Transactional(readOnly = true)
    public boolean mayDecide(Long stepId) {
        EscalationStep step = access.requireStep(stepId);
        return rights.mayDecide(access.user(), rights.partnerAgencyOf(step.getProposedBy()));
    }

    /** A step that could be proposed next, and whether the ladder allows it as things stand today. */
    public record PossibleStep(String stageCode, String label, boolean allowed, boolean needsJustification,
                               String reason) {
    }

    /**
     * Every stage with what the ladder says about proposing it today: allowed, allowed only with a justification
     * (a voluntary stage skipped), or refused with the reason (the law, or the ladder's order).
     */
    @Transactional(readOnly = true)
    public List<PossibleStep> possibleSteps(String reference) {
        EscalationCase c = access.requireReadable(reference);
        LadderRules rules = access.rules();
        LadderRules.Subject subject = subject(c);
        LadderRules.Standing standing = standing(c);
        LocalDate today = access.today();
        return access.stages().stream().map(stage -> {
            LadderRules.Verdict plain = rules.check(subject, standing, stage.getCode(), null, today);
            if (plain.allowed()) {
                return new PossibleStep(stage.getCode(), stage.getLabel(), c.isOpen(), false, null);
            }
            LadderRules.Verdict justified = rules.check(subject, standing, stage.getCode(), "justified", today);
            String reason = plain.errors().stream().filter(e -> e.field().equals("stageCode"))
                    .map(FieldError::message).findFirst().orElse(null);
            return new PossibleStep(stage.getCode(), stage.getLabel(), c.isOpen() && justified.allowed(),
                    justified.allowed(), reason);
        }).toList();
    }

    /** Partner officers propose CPWs and CPNs only, and only from an agency authorised under s53. */
    private void requireMayPropose(CurrentUser user, ProposalDraft draft) {
        if (user.has(Role.CASEWORKER)) {
            return;
        }
        access.requireCsuOrAuthorisedPartner(user, "propose a Community Protection Warning or Notice");
        if (!access.isAuthorisedPartner(user)) {
            throw new AccessDeniedException("Not an authorised partner agency");
        }
        if (draft.getStageCode() != null && !PARTNER_STAGES.contains(draft.getStageCode())) {
            throw ValidationException.of("stageCode", "Partner officers propose Community Protection Warnings and "
                    + "Notices; the CSU proposes the other steps");
        }
    }

    /** Whom the case is about, as the ladder's rules need it. */
    LadderRules.Subject subject(EscalationCase c) {
        if (c.isBody()) {
            return LadderRules.Subject.ofBody();
        }
        LocalDate dateOfBirth = access.person(c).map(Person::getDateOfBirth).orElse(null);
        return LadderRules.Subject.ofPerson(dateOfBirth, c.isAgeConfirmed());
    }

    /** Where the subject stands, as the ladder's rules need it: from the case and its issued steps. */
    LadderRules.Standing standing(EscalationCase c) {
        // The CPW counts from the day it was served, not the day it was approved.
        Optional<EscalationStep> cpw = steps.findLastServed(c.getId(), Ladder.CPW);
        LocalDate today = access.today();
        boolean abaInForce = c.getWaitKind() == WaitKind.ABA && c.getTermEnd() != null
                && !c.getTermEnd().isBefore(today);
        LocalDate complianceDate = cpw.map(EscalationStep::getComplianceDate).orElse(null);
        // The process records the passing of the time to comply on the case; it counts for the warning it was about.
        boolean passed = complianceDate != null && c.isCompliancePassed() && complianceDate.equals(c.getComplianceDate());
        return new LadderRules.Standing(c.getLadderStageCode(), cpw.map(EscalationStep::getServedOn).orElse(null),
                complianceDate, passed, abaInForce, confirmedBreachUnanswered(c));
    }

    /**
     * Checks a proposal against the ladder and says whether it skips a stage. Throws with every problem at its
     * field; the draft is left as the proposer typed it.
     */
    private boolean checkProposal(EscalationCase c, ProposalDraft draft) {
        List<FieldError> errors = new ArrayList<>();
        if (blank(draft.getConduct())) {
            errors.add(new FieldError("conduct", "Describe the conduct the document is about"));
        } else if (draft.getConduct().trim().length() > EscalationFieldLimits.CONDUCT) {
            errors.add(new FieldError("conduct", "At most " + EscalationFieldLimits.CONDUCT + " characters"));
        }
        if (draft.getServiceMethod() == null) {
            errors.add(new FieldError("serviceMethod", "Choose how the document will be served"));
        }
        if (draft.getDurationDays() != null
                && (draft.getDurationDays() < 1 || draft.getDurationDays() > EscalationFieldLimits.MAX_DURATION_DAYS)) {
            errors.add(new FieldError("durationDays", "Between 1 and " + EscalationFieldLimits.MAX_DURATION_DAYS
                    + " days, or empty for the ladder's default"));
        }
        if (draft.getSkipJustification() != null
                && draft.getSkipJustification().trim().length() > EscalationFieldLimits.NOTE) {
            errors.add(new FieldError("skipJustification", "At most " + EscalationFieldLimits.NOTE + " characters"));
        }
        checkEvidence(c, draft.getEvidenceReportIds(), errors);
        checkRequirements(draft, errors);
        if (c.isYoungPerson() && (blank(c.getGuardianName()) || blank(c.getGuardianAddress()))) {
            errors.add(new FieldError("guardianName", "Record the young person's parent or guardian on the case first: "
                    + "their letters go to them too"));
        }
        LadderRules.Verdict verdict = access.rules().check(subject(c), standing(c), draft.getStageCode(),
                trimToNull(draft.getSkipJustification()), access.today());
        errors.addAll(verdict.errors());
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return verdict.skip();
    }

    /** A CPN says what must stop and what must be done, each "do" by a day after today (s43(3)); no other step does. */
    private void checkRequirements(ProposalDraft draft, List<FieldError> errors) {
        List<Requirement> requirements = draft.getRequirements();
        if (!Ladder.CPN.equals(draft.getStageCode())) {
            if (!requirements.isEmpty()) {
                errors.add(new FieldError("requirements", "Only a Community Protection Notice carries requirements"));
            }
            return;
        }
        if (requirements.isEmpty()) {
            errors.add(new FieldError("requirements", "A Community Protection Notice says what must stop and what "
                    + "must be done: add at least one requirement"));
            return;
        }
        Requirements.check(requirements, access.today(), errors);
    }

    private void checkEvidence(EscalationCase c, Set<Long> reportIds, List<FieldError> errors) {
        if (reportIds == null || reportIds.isEmpty()) {
            errors.add(new FieldError("evidence", "Choose at least one report as evidence"));
            return;
        }
        for (Long reportId : reportIds) {
            if (reportId == null) {
                errors.add(new FieldError("evidence", "One of the reports chosen is empty"));
                continue;
            }
            try {
                Report report = reports.requireReadable(reportId);
                // A body is not a report's subject: any report the proposer may read can be evidence about it.
                boolean involved = c.isBody() || c.getPersonId().equals(report.getReporterPersonId())
                        || report.getSubjects().stream().anyMatch(s -> s.getPersonId().equals(c.getPersonId()));
                if (!involved) {
                    errors.add(new FieldError("evidence", "Report " + report.getReference() + " is not about this person"));
                }
            } catch (NotFoundException e) {
                errors.add(new FieldError("evidence", "One of the reports chosen does not exist"));
            }
        }
    }

    private boolean confirmedBreachUnanswered(EscalationCase c) {
        Optional<Breach> confirmed = breaches.findFirstByCaseIdAndStatusOrderByReportedAtDesc(c.getId(),
                Breach.Status.CONFIRMED);
        if (confirmed.isEmpty()) {
            return false;
        }
        return steps.findLastServed(c.getId(), Ladder.ABA_BREACH_LETTER)
                .map(letter -> letter.getServiceRecordedAt().isBefore(confirmed.get().getDecidedAt()))
                .orElse(true);
    }
}
