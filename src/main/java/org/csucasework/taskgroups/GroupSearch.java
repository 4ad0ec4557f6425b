package org.csucasework.taskgroups;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.csucasework.people.NameMatch;
import org.csucasework.people.PeopleService;
import org.csucasework.search.CaseSearch;
import org.csucasework.search.CaseType;
import org.csucasework.search.SearchHit;
import org.csucasework.search.SearchQuery;
import org.csucasework.security.CurrentUser;
import org.csucasework.security.UserService;
import org.csucasework.taskgroups.internal.TaskGroupRepository;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Task and Finish Groups for the search: by reference, or about a person or a place found by what was typed. */
@Component
@RequiredArgsConstructor
class GroupSearch implements CaseSearch {

    private static final int MATCHES = 300;

    private final TaskGroupRepository groups;
    private final TaskGroupAccess access;
    private final PeopleService people;
    private final UserService users;

    @Override
    public CaseType type() {
        return CaseType.TASK_GROUP;
    }

    @Override
    @Transactional(readOnly = true)
    public List<SearchHit> search(SearchQuery query) {
        CurrentUser user = users.requireCurrentUser();
        List<SearchHit> hits = new ArrayList<>();
        groups.findByReference(query.asReference()).filter(g -> access.canSee(user, g))
                .ifPresent(g -> hits.add(hit(g, SearchHit.REFERENCE, "Reference")));
        if (!query.worthMatchingNames()) {
            return hits;
        }
        Map<Long, NameMatch> persons = byId(people.findPeopleByName(query.text(), MATCHES));
        Map<Long, NameMatch> places = byId(people.findPlaces(query.text(), MATCHES));
        // The groups a user may see are few beside all groups: the limit is applied after the check.
        for (TaskGroup group : groups.findAbout(orNone(persons), orNone(places), PageRequest.of(0, MATCHES))) {
            if (hits.size() >= query.limit()) {
                break;
            }
            if (!access.canSee(user, group)) {
                continue;
            }
            NameMatch person = group.getPersonId() == null ? null : persons.get(group.getPersonId());
            hits.add(person != null
                    ? hit(group, person.exact() ? SearchHit.NAME : SearchHit.NAME_NEARLY, "About " + person.label())
                    : hit(group, SearchHit.PLACE, "At " + places.get(group.getPlaceId()).label()));
        }
        return hits;
    }

    private static SearchHit hit(TaskGroup group, int score, String why) {
        return new SearchHit(CaseType.TASK_GROUP, group.getReference(), group.getReference() + " · " + group.getTitle(),
                why + " · " + group.getStatus().label(), "/task-groups/" + group.getReference(), score,
                group.getProposedAt());
    }

    private static Map<Long, NameMatch> byId(List<NameMatch> matches) {
        return matches.stream().collect(Collectors.toMap(NameMatch::id, Function.identity(), (a, b) -> a));
    }

    /** JPQL's "in" needs at least one value: an id no row has. */
    private static List<Long> orNone(Map<Long, NameMatch> matches) {
        return matches.isEmpty() ? List.of(-1L) : List.copyOf(matches.keySet());
    }
}
