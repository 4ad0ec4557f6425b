package org.csucasework.marac;

import java.util.List;
import lombok.RequiredArgsConstructor;
import org.csucasework.intake.PersonMarkers;
import org.csucasework.people.PeopleService;
import org.csucasework.people.Person;
import org.springframework.stereotype.Component;

/** Names a referral's subject for members' screens and the meeting pack (never for logs or process variables). */
@Component
@RequiredArgsConstructor
class MaracSubjects {

    private final PeopleService people;
    private final PersonMarkers markers;

    /** The referral's people by name, each with what their reports mark them as (in whatever role). */
    List<ReferralPage.MarkedPerson> markedPeopleOf(MaracReferral referral) {
        java.util.Map<Long, java.util.Set<org.csucasework.intake.PersonMarker>> marked =
                markers.of(referral.getPersonIds());
        return referral.getPersonIds().stream().map(id -> new ReferralPage.MarkedPerson(
                people.person(id).map(Person::getFullName).orElse("?"), marked.getOrDefault(id, java.util.Set.of())))
                .toList();
    }

    List<String> peopleOf(MaracReferral referral) {
        return referral.getPersonIds().stream().map(id -> people.person(id).map(Person::getFullName).orElse("?"))
                .toList();
    }

    String label(MaracReferral referral) {
        List<String> names = peopleOf(referral);
        if (referral.getSubjectKind() == MaracSubjectKind.FAMILY) {
            String family = referral.getFamilyName() == null ? "Family" : referral.getFamilyName() + " family";
            return family + (names.isEmpty() ? "" : " (" + String.join(", ", names) + ")");
        }
        return names.isEmpty() ? "(no subject yet)" : names.get(0);
    }

    ReferralSummary summary(MaracReferral referral, java.time.LocalDate nextMeeting) {
        return new ReferralSummary(referral.getReference(), referral.getStatus(), referral.getSubjectKind(),
                label(referral), List.copyOf(referral.getCriteria()), referral.getReferrerUsername(),
                referral.getReferrerAgencyCode(), referral.getSubmittedAt(), referral.getSubmissions(), nextMeeting,
                List.of());
    }
}
