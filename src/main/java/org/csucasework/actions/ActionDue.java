package org.csucasework.actions;

import java.time.LocalDate;

/** An open action's deadline, for reminders: ids, codes and the due date only (no description). */
public record ActionDue(Long actionId, String reportReference, String agencyCode, String assignee,
                        LocalDate dueDate) {
}
