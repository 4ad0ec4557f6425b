package org.csucasework.intake;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.csucasework.intake.internal.ReportRepository;
import org.csucasework.intake.internal.ReportSearchQueries;
import org.csucasework.people.NameMatch;
import org.csucasework.people.PeopleService;
import org.csucasework.search.CaseSearch;
import org.csucasework.search.CaseType;
import org.csucasework.search.SearchHit;
import org.csucasework.search.SearchQuery;
import org.csucasework.security.CurrentUser;
import org.csucasework.security.UserService;
import org.csucasework.shared.ui.UkDates;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reports for the search: by reference, by a person's name (as reporter or a person involved), by place and by
 * words of the description; only the reports the user may see (a partner's searches run over their agency's reports
 * and those shared with it, so another agency's report changes nothing in the answer).
 */
@Component
@RequiredArgsConstructor
class ReportSearch implements CaseSearch {

    /** How many people or places a name or an address may stand for before the search stops looking for more. */
    private static final int MATCHES = 300;

    private final ReportRepository reports;
    private final ReportSearchQueries queries;
    private final ReportAccess access;
    private final ReportService reportService;
    private final PeopleService people;
    private final UserService users;

    @Override
    public CaseType type() {
        return CaseType.REPORT;
    }

    @Override
    @Transactional(readOnly = true)
    public List<SearchHit> search(SearchQuery query) {
        CurrentUser user = users.requireCurrentUser();
        String agency = access.seesAllReports(user) ? null : user.agencyCode();
        int limit = query.limit();
        // Why each report matched, the best reason kept: report id -> (score, reason).
        Map<Long, Reason> found = new LinkedHashMap<>();
        reports.findByReference(query.asReference())
                .ifPresent(r -> found.put(r.getId(), new Reason(SearchHit.REFERENCE, "Reference")));
        if (query.worthMatchingNames()) {
            Map<Long, NameMatch> named = people.findPeopleByName(query.text(), MATCHES).stream()
                    .collect(Collectors.toMap(NameMatch::id, Function.identity(), (a, b) -> a));
            for (ReportSearchQueries.Found hit : queries.aboutPeople(named.keySet(), agency, limit * 4)) {
                NameMatch person = named.get(hit.throughId());
                found.merge(hit.reportId(), new Reason(person.exact() ? SearchHit.NAME : SearchHit.NAME_NEARLY,
                        "Names " + person.label()), Reason::better);
            }
            Map<Long, NameMatch> places = people.findPlaces(query.text(), MATCHES).stream()
                    .collect(Collectors.toMap(NameMatch::id, Function.identity(), (a, b) -> a));
            for (ReportSearchQueries.Found hit : queries.atPlaces(places.keySet(), agency, limit)) {
                found.merge(hit.reportId(), new Reason(SearchHit.PLACE, "At " + places.get(hit.throughId()).label()),
                        Reason::better);
            }
        }
        for (Long id : queries.describedBy(query.text(), agency, limit)) {
            found.merge(id, new Reason(SearchHit.DESCRIPTION, "Description"), Reason::better);
        }
        // The summaries check again what the user may read, whatever the queries above did.
        List<SearchHit> hits = new ArrayList<>();
        for (ReportSummary report : reportService.summaries(List.copyOf(found.keySet()))) {
            Reason reason = found.get(report.id());
            String snippet = reason.text() + " · " + (report.placeLabel().isBlank() ? "" : report.placeLabel() + " · ")
                    + "received " + UkDates.DAY.format(report.receivedAt().atZone(ReportService.ZONE)) + " · "
                    + report.status().label();
            hits.add(new SearchHit(CaseType.REPORT, report.reference(),
                    report.reference() + " · " + report.categoryName(), snippet, "/reports/" + report.reference(),
                    reason.score(), report.receivedAt()));
        }
        return hits;
    }

    private record Reason(int score, String text) {
        Reason better(Reason other) {
            return other.score > score ? other : this;
        }
    }
}
