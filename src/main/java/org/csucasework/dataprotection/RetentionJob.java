package org.csucasework.dataprotection;

import lombok.RequiredArgsConstructor;
import org.csucasework.shared.ConflictException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the retention policy every night ({@code casework.retention.cron}, before the process engine's history
 * cleanup window). With two nodes, the one that takes the job's lease runs it; the other skips.
 */
@Component
@RequiredArgsConstructor
class RetentionJob {

    private final RetentionService retention;
    private final RetentionProperties properties;

    @Scheduled(cron = "${casework.retention.cron:0 15 0 * * *}")
    void run() {
        if (!properties.enabled()) {
            return;
        }
        try {
            retention.runScheduled();
        } catch (ConflictException otherNodeIsRunningIt) {
            // The lease is held: the other node runs it tonight.
        }
    }
}
