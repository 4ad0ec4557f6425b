package org.csucasework.operations.internal;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Clock;
import java.time.Duration;
import java.util.function.LongSupplier;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.csucasework.actions.ActionService;
import org.springframework.stereotype.Component;

/**
 * Prometheus gauges for the work in hand. They count the whole database, not this node: with several nodes, each
 * reports the same value, so aggregate with {@code max}, not {@code sum}. Each count is cached for
 * {@link #CACHE} so that frequent scrapes from several nodes cost the database a handful of indexed counts a minute.
 *
 * <ul>
 *   <li>{@code casework_tasks_open}: open user tasks of all processes (the review, actions, chases...)</li>
 *   <li>{@code casework_actions_overdue}: open actions whose due day has passed</li>
 *   <li>{@code casework_jobs_due}: the job executor's backlog, jobs due now with retries left (timers, async
 *       steps); if it keeps growing, the executor is not keeping up or not running</li>
 *   <li>{@code casework_jobs_failed}: jobs that used up their retries (incidents, see Cockpit)</li>
 * </ul>
 */
@Component
@RequiredArgsConstructor
class WorkloadMetrics implements MeterBinder {

    static final Duration CACHE = Duration.ofSeconds(30);

    private final TaskService tasks;
    private final ManagementService management;
    private final ActionService actions;
    private final Clock clock;

    @Override
    public void bindTo(MeterRegistry registry) {
        gauge(registry, "casework.tasks.open", "Open user tasks of all processes",
                () -> tasks.createTaskQuery().active().count());
        gauge(registry, "casework.actions.overdue", "Open actions whose due day has passed", actions::countOverdue);
        gauge(registry, "casework.jobs.due", "Jobs due now with retries left: the job executor's backlog",
                () -> management.createJobQuery().executable().count());
        gauge(registry, "casework.jobs.failed", "Jobs without retries left (incidents)",
                () -> management.createJobQuery().noRetriesLeft().count());
    }

    private void gauge(MeterRegistry registry, String name, String description, LongSupplier count) {
        CachedCount cached = new CachedCount(count, clock);
        Gauge.builder(name, cached, CachedCount::value).description(description).register(registry);
    }

    /** A count read at most once per {@link #CACHE}; NaN when it cannot be read (the scrape still answers). */
    static final class CachedCount {

        private final LongSupplier count;
        private final Clock clock;
        private volatile long readAt = Long.MIN_VALUE;
        private volatile double value = Double.NaN;

        CachedCount(LongSupplier count, Clock clock) {
            this.count = count;
            this.clock = clock;
        }

        synchronized double value() {
            long now = clock.millis();
            if (readAt == Long.MIN_VALUE || now - readAt >= CACHE.toMillis()) {
                try {
                    value = count.getAsLong();
                } catch (RuntimeException e) {
                    value = Double.NaN;
                }
                readAt = now;
            }
            return value;
        }
    }
}
