package org.csucasework.marac;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.csucasework.marac.internal.MaracReferralRepository;
import org.csucasework.people.PeopleService;
import org.csucasework.people.Person;
import org.csucasework.people.PersonDetails;
import org.csucasework.people.PersonMatch;
import org.csucasework.security.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * Finds the open referrals about the people a referral names (DESIGN.md 4.7: a second referral for someone already
 * on the list warns and links the first): about the same record, or about a record that may be the same person (the
 * people module's possible matches, as the report form offers them), since a name typed on the referral form makes a
 * new record until a supervisor merges it.
 */
@Component
@RequiredArgsConstructor
class EarlierReferrals {

    /** Referrals that are, or may become, a case: a new referral about the same person joins them. */
    static final Set<ReferralStatus> OPEN = EnumSet.of(ReferralStatus.SUBMITTED,
            ReferralStatus.MORE_INFORMATION_REQUESTED, ReferralStatus.ON_LIST);

    private final MaracReferralRepository referrals;
    private final PeopleService people;
    private final MaracAccess access;

    /**
     * The open referrals, other than {@code exceptReference}, about these records (the same person) or about a
     * possible match of the people as named; the reference only where the user may open the earlier referral
     * (every reference for a null user: for the referral's MARAC history, which only members read).
     */
    List<EarlierReferral> about(Collection<Long> personIds, Collection<PersonDetails> named, String exceptReference,
                                CurrentUser user) {
        Map<Long, Boolean> wanted = new LinkedHashMap<>();
        personIds.forEach(id -> wanted.put(id, true));
        for (PersonDetails details : named) {
            if (details.fullName() == null || details.fullName().isBlank()) {
                continue;
            }
            for (PersonMatch match : people.possibleMatches(details)) {
                wanted.putIfAbsent(match.personId(), false);
            }
        }
        if (wanted.isEmpty()) {
            return List.of();
        }
        List<EarlierReferral> found = new ArrayList<>();
        for (MaracReferral referral : referrals.findAboutPeople(wanted.keySet(), OPEN,
                exceptReference == null ? "" : exceptReference)) {
            // The same record if any is; else the first look-alike, whose name the warning gives.
            Long personId = referral.getPersonIds().stream().filter(id -> Boolean.TRUE.equals(wanted.get(id)))
                    .findFirst().orElseGet(() -> referral.getPersonIds().stream().filter(wanted::containsKey)
                            .findFirst().orElseThrow());
            String name = people.person(personId).map(Person::getFullName).orElse("The person");
            found.add(new EarlierReferral(user == null || access.canSee(user, referral)
                    ? referral.getReference() : null,
                    referral.getStatus(), name, wanted.get(personId)));
        }
        return found;
    }
}
