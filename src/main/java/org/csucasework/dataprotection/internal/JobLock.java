package org.csucasework.dataprotection.internal;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A lease on a scheduled job, held in {@code scheduled_job_lock}: whichever node moves the lease forward first runs
 * the job; the others find it taken and skip. A node that dies frees the job when its lease runs out. Each call
 * runs in its own auto-committed statement, so the lease is visible to the other nodes at once.
 */
@Component
@RequiredArgsConstructor
public class JobLock {

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final String node = ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID();

    /** Takes the lease for {@code lease} when it is free; false when another run holds it. */
    public boolean tryLock(String job, Duration lease) {
        LocalDateTime now = LocalDateTime.now(clock.withZone(ZoneOffset.UTC));
        return jdbc.update("update scheduled_job_lock set locked_until = ?, locked_by = ? where name = ?"
                + " and locked_until <= ?", now.plus(lease), node, job, now) == 1;
    }

    public void unlock(String job) {
        LocalDateTime now = LocalDateTime.now(clock.withZone(ZoneOffset.UTC));
        jdbc.update("update scheduled_job_lock set locked_until = ? where name = ? and locked_by = ?", now, job, node);
    }
}
