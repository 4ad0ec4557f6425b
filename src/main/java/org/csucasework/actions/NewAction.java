package org.csucasework.actions;

import java.time.LocalDate;

/** An action to assign: the owning agency, what to do, by when, and optionally the named officer (a username). */
public record NewAction(String agencyCode, String description, LocalDate dueDate, String assignee) {
}
