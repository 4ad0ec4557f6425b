package org.csucasework.marac;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.csucasework.marac.internal.MaracReferralRepository;
import org.csucasework.people.NameMatch;
import org.csucasework.people.PeopleService;
import org.csucasework.search.CaseSearch;
import org.csucasework.search.CaseType;
import org.csucasework.search.SearchHit;
import org.csucasework.search.SearchQuery;
import org.csucasework.security.CurrentUser;
import org.csucasework.security.UserService;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Community MARAC referrals for the search: members see the referrals on record, a referrer their own referrals,
 * and everyone else nothing (those who can neither refer nor attend are not even looked for).
 */
@Component
@RequiredArgsConstructor
class MaracSearch implements CaseSearch {

    private static final int MATCHES = 300;

    private final MaracReferralRepository referrals;
    private final MaracAccess access;
    private final PeopleService people;
    private final UserService users;

    @Override
    public CaseType type() {
        return CaseType.MARAC_REFERRAL;
    }

    @Override
    @Transactional(readOnly = true)
    public List<SearchHit> search(SearchQuery query) {
        CurrentUser user = users.requireCurrentUser();
        if (!access.canRefer(user) && !access.isMember(user)) {
            return List.of();
        }
        List<SearchHit> hits = new ArrayList<>();
        referrals.findByReference(query.asReference()).filter(r -> access.canSee(user, r))
                .ifPresent(r -> hits.add(hit(r, SearchHit.REFERENCE, "Reference")));
        if (!query.worthMatchingNames()) {
            return hits;
        }
        Map<Long, NameMatch> persons = people.findPeopleByName(query.text(), MATCHES).stream()
                .collect(Collectors.toMap(NameMatch::id, Function.identity(), (a, b) -> a));
        String family = "%" + query.text().toLowerCase(Locale.UK).replace("%", "").replace("_", "") + "%";
        for (MaracReferral referral : referrals.findAbout(persons.isEmpty() ? List.of(-1L) : persons.keySet(), family,
                PageRequest.of(0, MATCHES))) {
            if (hits.size() >= query.limit()) {
                break;
            }
            if (!access.canSee(user, referral)) {
                continue;
            }
            NameMatch person = referral.getPersonIds().stream().map(persons::get).filter(p -> p != null)
                    .findFirst().orElse(null);
            hits.add(person == null ? hit(referral, SearchHit.NAME, "The " + referral.getFamilyName() + " family")
                    : hit(referral, person.exact() ? SearchHit.NAME : SearchHit.NAME_NEARLY, "About " + person.label()));
        }
        return hits;
    }

    private static SearchHit hit(MaracReferral referral, int score, String why) {
        return new SearchHit(CaseType.MARAC_REFERRAL, referral.getReference(),
                referral.getReference() + " · Community MARAC referral", why + " · " + referral.getStatus().label(),
                "/marac/cases/" + referral.getReference(), score, referral.getCreatedAt());
    }
}
