package org.csucasework.reporting.api;

import lombok.RequiredArgsConstructor;
import org.csucasework.reporting.PriorityRanking;
import org.csucasework.reporting.PriorityService;
import org.csucasework.reporting.PriorityUpdate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET/PUT /api/priorities/{year}}: the priority ranking matrix of the Strategic Assessment year starting in
 * {@code year}. A PUT replaces the whole matrix and carries the {@code version} it read: 409 when it is stale.
 */
@RestController
@RequestMapping("/api/priorities")
@RequiredArgsConstructor
class PriorityController {

    private final PriorityService priorities;

    @GetMapping("/{year}")
    PriorityRanking get(@PathVariable int year) {
        return priorities.ranking(year);
    }

    @PutMapping("/{year}")
    PriorityRanking put(@PathVariable int year, @RequestBody PriorityUpdate update) {
        return priorities.save(year, update);
    }
}
