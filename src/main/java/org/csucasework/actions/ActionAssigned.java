package org.csucasework.actions;

import java.time.LocalDate;

/**
 * An action was assigned to an agency (and perhaps a named officer, by username). Published inside the assigning
 * transaction. No personal data: ids, codes and the due date only.
 */
public record ActionAssigned(Long actionId, String reportReference, String agencyCode, String assignee,
                             LocalDate dueDate) {
}
