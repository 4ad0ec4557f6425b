package org.csucasework.actions;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An action as screens and the API show it. {@code reportReference} is set for a report's actions;
 * {@code ownerKind} and {@code ownerReference} say what any action belongs to (a report, a Task and Finish Group).
 */
public record ActionView(Long id, String reportReference, String agencyCode, String assignee, String description,
                         LocalDate dueDate, ActionStatus status, boolean overdue, String outcome, ActionSource source,
                         Instant createdAt, String createdBy, Instant completedAt, String completedBy, long version,
                         ActionOwnerKind ownerKind, String ownerReference) {

    static ActionView of(Action action, LocalDate today) {
        return new ActionView(action.getId(), action.getReportReference(), action.getAgencyCode(), action.getAssignee(),
                action.getDescription(), action.getDueDate(), action.getStatus(), action.isOverdueOn(today),
                action.getOutcome(), action.getSource(), action.getCreatedAt(), action.getCreatedBy(),
                action.getCompletedAt(), action.getCompletedBy(), action.getVersion(),
                action.getOwnerKind(), action.getOwnerReference());
    }
}
