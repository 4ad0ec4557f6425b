package org.csucasework.actions;

/** An action was completed. No personal data: ids and codes only. */
public record ActionCompleted(Long actionId, String ownerReference, String agencyCode) {
}
