package org.csucasework.taskgroups;

/** Closing a group: the outcome, the reason, and the version the user saw (null: whatever is current). */
public record CloseGroup(GroupOutcome outcome, String reason, Long expectedVersion) {
}
