package org.csucasework.reporting;

import java.util.List;
import java.util.Map;

/**
 * A whole priority ranking matrix as an analyst saves it.
 *
 * @param version the version read (null when the year had no matrix yet); a different stored version is a conflict
 */
public record PriorityUpdate(Long version, List<Issue> issues) {

    public PriorityUpdate {
        issues = issues == null ? List.of() : issues;
    }

    /** An issue with a score for every criterion, and optionally the report categories it covers. */
    public record Issue(String name, List<String> categoryCodes, Map<String, Integer> scores) {

        public Issue {
            categoryCodes = categoryCodes == null ? List.of() : categoryCodes;
            scores = scores == null ? Map.of() : scores;
        }
    }
}
