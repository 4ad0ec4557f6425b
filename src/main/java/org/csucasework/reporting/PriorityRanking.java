package org.csucasework.reporting;

import java.util.List;
import java.util.Map;

/**
 * The priority ranking matrix of a Strategic Assessment year (the seed's Table 6): each community safety issue with
 * its score on each criterion, its total, whether it is a priority (total at or above the threshold), last year's
 * total for an issue of the same name, and the trend and volume scores the data suggest for an issue mapped to
 * report categories (the analyst decides; the suggestion is only shown).
 *
 * @param year    the year the Strategic Assessment period starts in (2019 for 1 October 2019 – 30 September 2020)
 * @param version to send back with a change; null while nothing has been saved for the year
 */
public record PriorityRanking(int year, Period period, Long version, int threshold, List<Criterion> criteria,
                              List<Issue> issues) {

    public PriorityRanking {
        criteria = List.copyOf(criteria);
        issues = List.copyOf(issues);
    }

    public record Criterion(String code, String label, List<Integer> allowedScores) {
    }

    /**
     * @param scores          criterion code to score, in the criteria's order
     * @param lastYearTotal   the total of the issue with the same name in the previous year's matrix, if any
     * @param suggestedTrend  null when the issue is mapped to no category
     * @param suggestionBasis the counts behind the suggestions, in words
     */
    public record Issue(String name, List<String> categoryCodes, Map<String, Integer> scores, int total,
                        boolean priority, Integer lastYearTotal, Integer suggestedTrend, Integer suggestedVolume,
                        String suggestionBasis) {
    }
}
