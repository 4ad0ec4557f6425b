package org.csucasework.casereview;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * An application for an ASB Case Review, from the council's web form ({@code POST /api/case-reviews}) or entered by
 * staff.
 *
 * @param applicant        who applies: a person (the victim, or someone on their behalf), a community group or a
 *                         business; {@code personId} links a person on record chosen by staff
 * @param victimName       the victim, when someone applies on their behalf (or a community names one)
 * @param consentRecorded  for {@link ApplicantKind#ON_BEHALF}: that the victim's consent was recorded (required)
 * @param consentNote      how and when the consent was given
 * @param reportReferences the reports on record the applicant relies on (any agency's)
 * @param incidents        incidents the applicant lists that are not on record
 */
public record NewApplication(ApplicantKind applicantKind, Applicant applicant, String victimName,
                             boolean consentRecorded, String consentNote, String description,
                             List<String> reportReferences, List<ListedIncident> incidents) {

    public NewApplication {
        // Copied as lists that keep nulls, so that a null in a posted list is named at its index, not thrown.
        reportReferences = reportReferences == null ? List.of() : new ArrayList<>(reportReferences);
        incidents = incidents == null ? List.of() : new ArrayList<>(incidents);
    }

    /** The applicant's name and how to reach them (the decision and the outcome are sent to them). */
    public record Applicant(Long personId, String name, String phone, String email, String address) {
    }

    /**
     * An incident not on record: when the behaviour happened, when and to whom the applicant complained about it,
     * and what happened.
     */
    public record ListedIncident(LocalDate incidentDate, LocalDate complainedOn, String complainedTo,
                                 String description) {
    }
}
