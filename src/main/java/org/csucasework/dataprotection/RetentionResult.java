package org.csucasework.dataprotection;

import java.time.Instant;

/** What a retention run anonymised. */
public record RetentionResult(Instant at, long reports, long taskGroups, long escalationCases, long people) {

    public String summary() {
        return reports + " reports, " + taskGroups + " Task and Finish Groups, " + escalationCases
                + " escalation cases, " + people + " people";
    }
}
