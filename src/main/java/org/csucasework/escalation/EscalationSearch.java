package org.csucasework.escalation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.csucasework.escalation.internal.CaseAccess;
import org.csucasework.escalation.internal.EscalationCase;
import org.csucasework.escalation.internal.EscalationCaseRepository;
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

/** Escalation cases for the search: by reference or about a person found by name; only cases the user may read. */
@Component
@RequiredArgsConstructor
class EscalationSearch implements CaseSearch {

    private static final int MATCHES = 300;

    private final EscalationCaseRepository cases;
    private final CaseAccess access;
    private final PeopleService people;
    private final UserService users;

    @Override
    public CaseType type() {
        return CaseType.ESCALATION_CASE;
    }

    @Override
    @Transactional(readOnly = true)
    public List<SearchHit> search(SearchQuery query) {
        CurrentUser user = users.requireCurrentUser();
        List<SearchHit> hits = new ArrayList<>();
        cases.findByReference(query.asReference()).filter(c -> access.canRead(user, c))
                .ifPresent(c -> hits.add(hit(c, SearchHit.REFERENCE, "Reference")));
        if (!query.worthMatchingNames()) {
            return hits;
        }
        Map<Long, NameMatch> persons = people.findPeopleByName(query.text(), MATCHES).stream()
                .collect(Collectors.toMap(NameMatch::id, Function.identity(), (a, b) -> a));
        if (persons.isEmpty()) {
            return hits;
        }
        for (EscalationCase c : cases.findAbout(persons.keySet(), PageRequest.of(0, MATCHES))) {
            if (hits.size() >= query.limit()) {
                break;
            }
            if (access.canRead(user, c)) {
                NameMatch person = persons.get(c.getPersonId());
                hits.add(hit(c, person.exact() ? SearchHit.NAME : SearchHit.NAME_NEARLY, "About " + person.label()));
            }
        }
        return hits;
    }

    private static SearchHit hit(EscalationCase c, int score, String why) {
        return new SearchHit(CaseType.ESCALATION_CASE, c.getReference(), c.getReference() + " · Escalation case",
                why + " · " + c.getStatus().label(), "/escalation/case/" + c.getReference(), score, c.getCreatedAt());
    }
}
