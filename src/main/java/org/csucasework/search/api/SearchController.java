package org.csucasework.search.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.csucasework.search.SearchHit;
import org.csucasework.search.SearchService;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/search?q=&type=&limit=}: cases the caller may see, best first (DESIGN.md section 6). */
@RestController
@RequiredArgsConstructor
class SearchController {

    private final SearchService search;

    @GetMapping("/api/search")
    Map<String, Object> search(@RequestParam(required = false) String q, @RequestParam(required = false) String type,
                               @RequestParam(required = false) String limit) {
        List<Map<String, Object>> results = search.search(q, type, limit).stream().map(SearchController::asJson)
                .toList();
        return Map.of("results", results);
    }

    private static Map<String, Object> asJson(SearchHit hit) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("type", hit.type().name());
        json.put("reference", hit.reference());
        json.put("title", hit.title());
        json.put("snippet", hit.snippet());
        json.put("url", hit.url());
        return json;
    }
}
