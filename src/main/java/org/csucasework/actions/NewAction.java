package org.csucasework.actions;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** An action to assign: the owning agency, what to do, by when, and optionally the named officer (a username). */
public record NewAction(String agencyCode,
                        @Size(max = Action.DESCRIPTION_LENGTH, message = "At most {max} characters") String description,
                        LocalDate dueDate, String assignee) {
}
