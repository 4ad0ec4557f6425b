package org.csucasework.dataprotection;

import java.time.Instant;
import java.util.List;

/**
 * A dry run: what a retention run would anonymise now. {@code records} lists at most {@link #SHOWN} records (oldest
 * first); the counts are complete.
 */
public record RetentionPlan(Instant at, List<RetentionCandidate> records, long reports, long taskGroups,
                            long escalationCases, long people) {

    public static final int SHOWN = 1000;

    public long total() {
        return reports + taskGroups + escalationCases;
    }
}
