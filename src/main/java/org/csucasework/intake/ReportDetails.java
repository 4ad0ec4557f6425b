package org.csucasework.intake;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Everything about one report that its page and {@code GET /api/reports/{reference}} show; {@code hateCharacteristics}
 * are what the victim says they were targeted for (a possible hate incident).
 */
public record ReportDetails(Long id, String reference, ReportStatus status, Instant receivedAt, LocalDate incidentDate,
                            String categoryCode, String categoryName, String wardCode, String wardName,
                            Long placeId, String placeLabel, String sourceAgencyCode, String owningAgencyCode,
                            boolean anonymous, PersonRef reporter, List<Involved> subjects, String description,
                            Set<ReportFlag> flags, boolean caseReviewRightTold, String linkedTo,
                            List<String> linkedReports, List<Share> sharedWith, String outcomeCode,
                            String outcomeNote, boolean reporterUpdated, Instant closedAt, String closedBy,
                            Instant createdAt, String createdBy, long version, String riskLevel,
                            LocalDate contactDue, Set<HateCharacteristic> hateCharacteristics) {

    public ReportDetails {
        hateCharacteristics = hateCharacteristics == null ? Set.of() : Set.copyOf(hateCharacteristics);
    }

    /**
     * A person on record, with their contact details and what their reports mark them as (in whatever role they
     * have here: {@link PersonMarkers}).
     */
    public record PersonRef(Long id, String fullName, LocalDate dateOfBirth, String phone, String email,
                            Set<PersonMarker> markers) {

        public PersonRef {
            markers = markers == null ? Set.of() : Set.copyOf(markers);
        }
    }

    /** A person involved in the report, and how. */
    public record Involved(SubjectRole role, PersonRef person) {
    }

    /** An agency the report is shared with, and why. */
    public record Share(String agencyCode, String reason, Instant sharedAt, String sharedBy) {
    }
}
