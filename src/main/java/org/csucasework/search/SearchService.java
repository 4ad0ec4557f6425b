package org.csucasework.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.csucasework.shared.FieldError;
import org.csucasework.shared.ValidationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The one search of the product (the box on every page and {@code GET /api/search}): asks each kind of case for its
 * hits and merges them best first. Each kind decides what the signed-in user may see.
 */
@Service
@RequiredArgsConstructor
public class SearchService {

    private final List<CaseSearch> searches;

    /**
     * The cases matching {@code text}, best first. {@code type} (optional) keeps one kind of case; {@code limit}
     * (optional) is 1 to {@value SearchQuery#MAX_LIMIT}. Every fault is reported at its field.
     */
    @PreAuthorize("isAuthenticated()")
    public List<SearchHit> search(String text, String type, String limit) {
        List<FieldError> errors = new ArrayList<>();
        String tidy = tidy(text, errors);
        CaseType only = parseType(type, errors);
        int max = parseLimit(limit, errors);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        SearchQuery query = new SearchQuery(tidy, max);
        Map<String, SearchHit> hits = new LinkedHashMap<>();
        for (CaseSearch search : searches) {
            if (only != null && search.type() != only) {
                continue;
            }
            for (SearchHit hit : search.search(query)) {
                hits.merge(hit.type() + " " + hit.reference(), hit,
                        (a, b) -> a.score() >= b.score() ? a : b);
            }
        }
        return hits.values().stream()
                .sorted(Comparator.comparingInt(SearchHit::score).reversed()
                        .thenComparing(SearchHit::at, Comparator.nullsLast(Comparator.reverseOrder())))
                .limit(max)
                .toList();
    }

    private static String tidy(String text, List<FieldError> errors) {
        String tidy = text == null ? "" : text.strip().replaceAll("\\s+", " ");
        if (tidy.chars().anyMatch(c -> Character.isISOControl(c))) {
            errors.add(new FieldError("q", "Remove the control characters from the search"));
        } else if (tidy.length() < SearchQuery.MIN_LENGTH) {
            errors.add(new FieldError("q", "Type at least " + SearchQuery.MIN_LENGTH + " characters to search"));
        } else if (tidy.length() > SearchQuery.MAX_LENGTH) {
            errors.add(new FieldError("q", "At most " + SearchQuery.MAX_LENGTH + " characters"));
        }
        return tidy;
    }

    private static CaseType parseType(String type, List<FieldError> errors) {
        if (type == null || type.isBlank()) {
            return null;
        }
        try {
            return CaseType.valueOf(type.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError("type", "One of REPORT, TASK_GROUP, ESCALATION_CASE, MARAC_REFERRAL"));
            return null;
        }
    }

    private static int parseLimit(String limit, List<FieldError> errors) {
        if (limit == null || limit.isBlank()) {
            return SearchQuery.DEFAULT_LIMIT;
        }
        try {
            int value = Integer.parseInt(limit.strip());
            if (value >= 1 && value <= SearchQuery.MAX_LIMIT) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.add(new FieldError("limit", "A whole number from 1 to " + SearchQuery.MAX_LIMIT));
        return SearchQuery.DEFAULT_LIMIT;
    }
}
