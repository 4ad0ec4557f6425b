package org.csucasework.tasking;

import java.util.List;
import java.util.Optional;
import org.csucasework.actions.ActionOwner;
import org.csucasework.actions.ActionService;
import org.csucasework.actions.ActionView;
import org.csucasework.actions.NewAction;
import org.csucasework.intake.Report;
import org.csucasework.intake.ReportService;
import org.csucasework.intake.ReportSharing;
import org.csucasework.intake.ReportStatus;
import org.csucasework.shared.Idempotency;
import org.csucasework.shared.ValidationException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A report's actions, as the actions capability works them, with what is particular to a report: an action is added
 * only while the report is open, by someone who may manage it, and the report is shared with the agency that now
 * owns work on it.
 */
@Service
public class ReportActions {

    private final ActionService actions;
    private final ReportService reports;
    private final ReportSharing sharing;
    private final TransactionTemplate transaction;

    ReportActions(ActionService actions, ReportService reports, ReportSharing sharing,
                  PlatformTransactionManager transactionManager) {
        this.actions = actions;
        this.reports = reports;
        this.sharing = sharing;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    /** Assigns an action on an open report. */
    @Transactional
    public ActionView assign(String reference, NewAction newAction) {
        reports.lockForChange(reference);
        return assign(reports.requireManageable(reference), newAction, "");
    }

    /**
     * As {@link #assign(String, NewAction)}, with the request's {@code Idempotency-Key} (may be null): a retry by the
     * same user with the same key and request answers with the action first created; the same key with another
     * request is refused ({@link Idempotency.KeyReusedException}). Retries on one report queue on its lock; a race
     * on two reports is settled by the key's unique constraint.
     */
    public ActionView assign(String reference, NewAction newAction, String idempotencyKey) {
        String key = Idempotency.key(idempotencyKey);
        String fingerprint = Idempotency.fingerprint(reference, newAction);
        try {
            return transaction.execute(status -> {
                reports.lockForChange(reference);
                Report report = reports.requireManageable(reference);
                Optional<ActionView> earlier = actions.earlierAnswer(key, fingerprint);
                if (earlier.isPresent()) {
                    return earlier.get();
                }
                ActionView created = assign(report, newAction, "");
                actions.keyed(created.id(), key, fingerprint);
                return created;
            });
        } catch (DataIntegrityViolationException e) {
            return transaction.execute(status -> actions.earlierAnswer(key, fingerprint)).orElseThrow(() -> e);
        }
    }

    /** Assigns on a report already checked by the caller; {@code fieldPrefix} names fields in a batch (actions[0].). */
    @Transactional
    ActionView assign(Report report, NewAction newAction, String fieldPrefix) {
        if (report.getStatus() == ReportStatus.CLOSED) {
            throw ValidationException.of(fieldPrefix + "report", "Report " + report.getReference()
                    + " is closed: actions can only be added while it is open");
        }
        ActionView action = actions.assign(ownerOf(report), newAction, fieldPrefix);
        sharing.shareWith(report.getId(), newAction.agencyCode(), "Action assigned");
        reports.recordEvent(report.getId(), "ACTION_ASSIGNED", "Action for " + newAction.agencyCode() + " due "
                + newAction.dueDate() + ": " + action.description());
        return action;
    }

    /** A report's actions, oldest first, for a user who may read the report. */
    @Transactional(readOnly = true)
    public List<ActionView> actionsOfReport(String reference) {
        return actions.actionsOf(ownerOf(reports.requireReadable(reference)));
    }

    long openActionsOf(Report report) {
        return actions.openActionsOf(ownerOf(report));
    }

    private static ActionOwner ownerOf(Report report) {
        return ActionOwner.report(report.getId(), report.getReference());
    }
}
