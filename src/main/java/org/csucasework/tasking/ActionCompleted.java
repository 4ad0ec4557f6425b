package org.csucasework.tasking;

/** An action was completed. No personal data: ids and codes only. */
public record ActionCompleted(Long actionId, String reportReference, String agencyCode) {
}
