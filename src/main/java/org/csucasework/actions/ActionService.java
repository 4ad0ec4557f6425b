package org.csucasework.actions;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.csucasework.actions.internal.ActionRepository;
import org.csucasework.actions.process.ActionProcess;
import org.csucasework.audit.AuditRecordType;
import org.csucasework.audit.AuditTrail;
import org.csucasework.reference.Agency;
import org.csucasework.reference.ReferenceDataService;
import org.csucasework.security.CurrentUser;
import org.csucasework.security.UserService;
import org.csucasework.shared.ConflictException;
import org.csucasework.shared.DraftRules;
import org.csucasework.shared.FieldError;
import org.csucasework.shared.Idempotency;
import org.csucasework.shared.InputRules;
import org.csucasework.shared.NotFoundException;
import org.csucasework.shared.Role;
import org.csucasework.shared.ValidationException;
import org.csucasework.shared.ui.UkDates;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Actions on every kind of owner (a report, a Task and Finish Group's action plan, a Community MARAC case, an ASB Case
 * Review's recommendations): assigning them to agencies (each becomes a user task of the owner's process, with an
 * overdue timer), completing and cancelling them, and the lists each user works from. Every action is worked the same
 * way, whoever owns it; what differs by owner is asked of its {@link ActionOwnerType}.
 */
@Service
@RequiredArgsConstructor
public class ActionService {

    /** An action due further ahead than this is a typing mistake (a year 2062 for 2026), not a plan. */
    static final int MAX_YEARS_AHEAD = 5;

    public static final int LIST_LIMIT = 500;

    private final ActionRepository actions;
    private final ReferenceDataService referenceData;
    private final UserService users;
    private final ActionProcess actionProcess;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;
    private final ActionOwners owners;
    private final AuditTrail audit;
    private final DraftRules drafts;

    /**
     * Assigns an action on an owner. The owner's module has checked that the signed-in user may add to it and that
     * it is open; this locks the owner, checks the action itself and starts its user task in the owner's process
     * (business key = the owner's reference), which must contain the action event sub-process
     * ({@link ActionSubprocess}). {@code fieldPrefix} names fields in a batch (actions[0].).
     */
    @Transactional
    public ActionView assign(ActionOwner owner, NewAction newAction, String fieldPrefix) {
        check(newAction, fieldPrefix == null ? "" : fieldPrefix);
        owners.of(owner.kind()).lock(owner.reference());
        CurrentUser user = users.requireCurrentUser();
        Action action = actions.saveAndFlush(new Action(owner, newAction.agencyCode(),
                blankToNull(newAction.assignee()), newAction.description().trim(), newAction.dueDate(),
                clock.instant(), user.username()));
        actionProcess.assignAction(owner.reference(), action.getId(), action.getAgencyCode(), action.getDueDate());
        publisher.publishEvent(new ActionAssigned(action.getId(), action.getOwnerReference(), action.getAgencyCode(),
                action.getAssignee(), action.getDueDate()));
        return ActionView.of(action, today());
    }

    /**
     * The action the signed-in user created earlier with this {@code Idempotency-Key} (null: none), after checking
     * that it was for the same request ({@code fingerprint}); a retry answers with it instead of a second action.
     */
    @Transactional(readOnly = true)
    public Optional<ActionView> earlierAnswer(String key, String fingerprint) {
        if (key == null) {
            return Optional.empty();
        }
        return actions.findByCreatedByAndIdempotencyKey(users.requireCurrentUser().username(), key).map(action -> {
            Idempotency.requireSameRequest(action.getIdempotencyFingerprint(), fingerprint);
            return ActionView.of(action, today());
        });
    }

    /** Remembers the key and fingerprint of the request that created an action, for {@link #earlierAnswer}. */
    @Transactional
    public void keyed(Long actionId, String key, String fingerprint) {
        actions.findById(actionId).ifPresent(action -> action.keyedRequest(key, fingerprint));
    }

    /** An owner's actions, oldest first. The owner's module has checked that the signed-in user may see them. */
    @Transactional(readOnly = true)
    public List<ActionView> actionsOf(ActionOwner owner) {
        return actions.findByOwnerKindAndOwnerIdOrderById(owner.kind(), owner.id()).stream()
                .map(a -> ActionView.of(a, today())).toList();
    }

    /** How many of an owner's actions are still open. */
    @Transactional(readOnly = true)
    public long openActionsOf(ActionOwner owner) {
        return actions.countByOwnerKindAndOwnerIdAndStatus(owner.kind(), owner.id(), ActionStatus.OPEN);
    }

    /**
     * Completes an action with its outcome. Completing one that is already done changes nothing and answers with
     * it as it stands, so a retried request is harmless.
     */
    @Transactional
    public ActionView complete(Long actionId, String outcome) {
        Action action = requireWorkable(actionId);
        lockOwnerOf(action);
        if (action.getStatus() != ActionStatus.OPEN) {
            return ActionView.of(action, today());
        }
        if (outcome == null || outcome.isBlank()) {
            throw ValidationException.of("outcome", "Say what was done");
        }
        if (outcome.length() > Action.OUTCOME_LENGTH) {
            throw ValidationException.of("outcome", "At most " + Action.OUTCOME_LENGTH + " characters");
        }
        InputRules.requireText("outcome", outcome);
        CurrentUser user = users.requireCurrentUser();
        action.complete(outcome.trim(), clock.instant(), user.username());
        flush(action);
        finishTask(action, "ACTION_COMPLETED", "Action for " + action.getAgencyCode() + " completed: " + outcome.trim());
        publisher.publishEvent(new ActionCompleted(action.getId(), action.getOwnerReference(), action.getAgencyCode()));
        return ActionView.of(action, today());
    }

    /** Cancels an open action with a reason (CSU staff only), for example before closing a report. */
    @Transactional
    public ActionView cancel(Long actionId, String reason) {
        CurrentUser user = users.requireCurrentUser();
        if (!user.hasAny(Role.CASEWORKER, Role.SUPERVISOR)) {
            throw new AccessDeniedException("Only CSU caseworkers and supervisors cancel actions");
        }
        Action action = requireWorkable(actionId);
        lockOwnerOf(action);
        if (action.getStatus() != ActionStatus.OPEN) {
            return ActionView.of(action, today());
        }
        if (reason == null || reason.isBlank()) {
            throw ValidationException.of("reason", "Give the reason for cancelling the action");
        }
        action.cancel(reason.trim(), clock.instant(), user.username());
        flush(action);
        finishTask(action, "ACTION_CANCELLED", "Action for " + action.getAgencyCode() + " cancelled: " + reason.trim());
        return ActionView.of(action, today());
    }

    /**
     * Records that a supervisor has chased an overdue action with its agency, which ends the process's "Chase the
     * overdue action" step. Recording it again changes nothing, so a retried click is harmless.
     */
    @Transactional
    public void recordChase(Long actionId, String note) {
        CurrentUser user = users.requireCurrentUser();
        if (!user.hasAny(Role.SUPERVISOR, Role.ADMIN)) {
            throw new AccessDeniedException("Supervisors chase overdue actions");
        }
        if (note != null && note.length() > Action.OUTCOME_LENGTH) {
            throw ValidationException.of("note", "At most " + Action.OUTCOME_LENGTH + " characters");
        }
        Action action = actions.findById(actionId).orElseThrow(() -> new NotFoundException("No action " + actionId));
        lockOwnerOf(action);
        String taskId = actionProcess.openChases().get(actionId);
        if (taskId == null) {
            return;
        }
        actionProcess.completeChase(taskId);
        owners.of(action.getOwnerKind()).record(action.getOwnerId(), "ACTION_CHASED", "Overdue action for "
                + action.getAgencyCode() + " chased" + (note == null || note.isBlank() ? "" : ": " + note.trim()));
    }

    /** The ids of the overdue actions whose chase waits for a supervisor. */
    @Transactional(readOnly = true)
    public Set<Long> awaitingChase() {
        return Set.copyOf(actionProcess.openChases().keySet());
    }

    /**
     * Changes to one owner's actions queue behind each other: two agencies finishing the last two actions of a report
     * at once would otherwise collide in the engine, and neither would see that all actions are done. An action
     * completed by someone else while this one waited fails its version check, a clear conflict.
     */
    private void lockOwnerOf(Action action) {
        owners.of(action.getOwnerKind()).lock(action.getOwnerReference());
    }

    private void finishTask(Action action, String eventKind, String detail) {
        if (action.getTaskId() != null) {
            actionProcess.completeActionTask(action.getTaskId());
        }
        ActionOwnerType owner = owners.of(action.getOwnerKind());
        owner.record(action.getOwnerId(), eventKind, detail);
        if (actions.countByOwnerKindAndOwnerIdAndStatus(action.getOwnerKind(), action.getOwnerId(), ActionStatus.OPEN) == 0) {
            owner.allActionsEnded(action.getOwner());
        }
    }

    /** Called by the process when an action's user task is created. */
    @Transactional
    public void attachTask(Long actionId, String taskId) {
        actions.findById(actionId).ifPresent(action -> action.attachTask(taskId));
    }

    /** The signed-in user's actions: their agency's and those assigned to them by name. */
    @Transactional(readOnly = true)
    public List<ActionView> myActions(boolean includeFinished) {
        CurrentUser user = users.requireCurrentUser();
        Set<ActionStatus> statuses = includeFinished ? EnumSet.allOf(ActionStatus.class) : EnumSet.of(ActionStatus.OPEN);
        return actions.findForUser(user.agencyCode(), user.username(), statuses, PageRequest.of(0, LIST_LIMIT))
                .stream().map(a -> ActionView.of(a, today())).toList();
    }

    /** Open actions due on or before the day, that the signed-in user may see: for the tasking agenda. */
    @Transactional(readOnly = true)
    public List<ActionView> dueBy(LocalDate day) {
        CurrentUser user = users.requireCurrentUser();
        // The limit applies to what the user may see: a partner's actions are not crowded out by everyone else's.
        PageRequest page = PageRequest.of(0, LIST_LIMIT);
        List<Action> due = seesAllActions(user) ? actions.findOpenDueBy(day, ActionStatus.OPEN, page)
                : actions.findOpenDueByForAgency(day, ActionStatus.OPEN, user.agencyCode(), page);
        return due.stream()
                .filter(a -> seesAllActions(user) || a.getAgencyCode().equals(user.agencyCode()))
                .map(a -> ActionView.of(a, day)).toList();
    }

    /** Overdue actions, for supervisors. */
    @Transactional(readOnly = true)
    public List<ActionView> overdue() {
        CurrentUser user = users.requireCurrentUser();
        if (!user.hasAny(Role.SUPERVISOR, Role.ADMIN)) {
            throw new AccessDeniedException("The overview is for supervisors");
        }
        return actions.findOverdue(today(), ActionStatus.OPEN, PageRequest.of(0, LIST_LIMIT)).stream()
                .map(a -> ActionView.of(a, today())).toList();
    }

    @Transactional(readOnly = true)
    public long countOverdue() {
        return actions.countOverdue(today(), ActionStatus.OPEN);
    }

    /**
     * Overdue actions counted by agency and named officer (one row per pair, officer null when none), counted by the
     * database so that the figures are complete however many there are. For supervisors.
     */
    @Transactional(readOnly = true)
    public List<OverdueCount> overdueCounts() {
        CurrentUser user = users.requireCurrentUser();
        if (!user.hasAny(Role.SUPERVISOR, Role.ADMIN)) {
            throw new AccessDeniedException("The overview is for supervisors");
        }
        return actions.countOverdueByAgencyAndAssignee(today(), ActionStatus.OPEN).stream()
                .map(row -> new OverdueCount((String) row[0], (String) row[1], ((Number) row[2]).longValue()))
                .toList();
    }

    /** How many open actions the signed-in user has: their agency's and those assigned to them by name. */
    @Transactional(readOnly = true)
    public long countMyOpenActions() {
        CurrentUser user = users.requireCurrentUser();
        return actions.countForUser(user.agencyCode(), user.username(), ActionStatus.OPEN);
    }

    /**
     * Open actions due between two days (inclusive), for reminder jobs: deadlines only, no descriptions. It asks
     * nobody to be signed in, so it must never feed a screen.
     */
    @Transactional(readOnly = true)
    public List<ActionDue> openActionsDueBetween(LocalDate from, LocalDate to) {
        return actions.findOpenDueBetween(from, to, ActionStatus.OPEN).stream()
                .map(a -> new ActionDue(a.getId(), a.getOwnerReference(), a.getAgencyCode(), a.getAssignee(),
                        a.getDueDate()))
                .toList();
    }

    private Action requireWorkable(Long actionId) {
        CurrentUser user = users.requireCurrentUser();
        Action action = actions.findById(actionId).orElseThrow(() -> new NotFoundException("No action " + actionId));
        boolean ownAgency = action.getAgencyCode().equals(user.agencyCode());
        if (user.hasAny(Role.CASEWORKER, Role.SUPERVISOR) || (ownAgency && user.has(Role.PARTNER))) {
            return action;
        }
        if (seesAllActions(user)) {
            // Analysts and administrators read actions (of every agency, their own included) but do not work them.
            throw new AccessDeniedException("Analysts and administrators do not work actions");
        }
        // Not the owner's business: look the same as a missing action, and keep the attempt like a refused report.
        audit.refused(AuditRecordType.ACTION, actionId, "Not an action of " + user.agencyCode());
        throw new NotFoundException("No action " + actionId);
    }

    private boolean seesAllActions(CurrentUser user) {
        return user.hasAny(Role.CASEWORKER, Role.SUPERVISOR, Role.ANALYST, Role.ADMIN);
    }

    private void check(NewAction action, String prefix) {
        List<FieldError> errors = problemsWith(action, prefix);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    /** Every rule a new action breaks, with field names under {@code prefix}; empty when it is acceptable. */
    public List<FieldError> problemsWith(NewAction action, String prefix) {
        List<FieldError> errors = new ArrayList<>();
        if (action.agencyCode() == null || action.agencyCode().isBlank()) {
            errors.add(new FieldError(prefix + "agencyCode", "Choose the agency that owns the action"));
        } else if (referenceData.agency(action.agencyCode()).filter(Agency::isActive).isEmpty()) {
            errors.add(new FieldError(prefix + "agencyCode", "Unknown agency " + action.agencyCode()));
        }
        if (action.description() == null || action.description().isBlank()) {
            errors.add(new FieldError(prefix + "description", "Say what is to be done"));
        }
        errors.addAll(drafts.problemsWith(action, prefix));
        if (action.dueDate() == null) {
            errors.add(new FieldError(prefix + "dueDate", "Choose the due date"));
        } else if (action.dueDate().isBefore(today())) {
            errors.add(new FieldError(prefix + "dueDate", "The due date cannot be in the past"));
        } else {
            InputRules.checkWithin(prefix + "dueDate", action.dueDate(), today(),
                    today().plusYears(MAX_YEARS_AHEAD), "The due date", errors);
        }
        InputRules.checkText(prefix + "description", action.description(), errors);
        InputRules.checkText(prefix + "assignee", action.assignee(), errors);
        if (action.assignee() != null && !action.assignee().isBlank()) {
            boolean assigneeOfAgency = users.findByUsername(action.assignee().trim())
                    .filter(u -> u.agencyCode().equals(action.agencyCode())).isPresent();
            if (!assigneeOfAgency) {
                errors.add(new FieldError(prefix + "assignee", "No officer " + action.assignee() + " in that agency"));
            }
        }
        return errors;
    }

    private void flush(Action action) {
        try {
            actions.saveAndFlush(action);
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new ConflictException("Someone else changed this action at the same time. Reload it and try again.");
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(UkDates.ZONE));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
