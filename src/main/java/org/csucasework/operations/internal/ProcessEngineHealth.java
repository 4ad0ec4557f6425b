package org.csucasework.operations.internal;

import java.time.Clock;
import java.util.Date;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.stereotype.Component;

/**
 * The process engine in {@code /actuator/health} (as {@code processEngine}): its name, whether this node's job
 * executor runs, and the jobs that are due. DOWN when the engine cannot reach its tables, or when job execution is
 * configured on but the executor has stopped (timers would then wait for the other nodes, or for ever). A node
 * configured without job execution is UP: that is a choice, not a fault.
 *
 * <p>Replaces the Camunda starter's own two indicators, which report DOWN whenever the job executor is off
 * ({@code management.health.camunda.enabled=false}).
 */
@Component("processEngine")
class ProcessEngineHealth extends AbstractHealthIndicator {

    private final ProcessEngine engine;
    private final boolean jobExecutionEnabled;
    private final Clock clock;

    ProcessEngineHealth(ProcessEngine engine,
                        @Value("${camunda.bpm.job-execution.enabled:true}") boolean jobExecutionEnabled, Clock clock) {
        super("Process engine health check failed");
        this.engine = engine;
        this.jobExecutionEnabled = jobExecutionEnabled;
        this.clock = clock;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        ManagementService management = engine.getManagementService();
        JobExecutor jobExecutor = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
                .getJobExecutor();
        boolean active = jobExecutor != null && jobExecutor.isActive();
        long due = management.createJobQuery().executable().count();
        long failed = management.createJobQuery().noRetriesLeft().count();
        builder.status(jobExecutionEnabled && !active ? "DOWN" : "UP")
                .withDetail("engineName", engine.getName())
                .withDetail("jobExecutionEnabled", jobExecutionEnabled)
                .withDetail("jobExecutorActive", active)
                .withDetail("jobsDue", due)
                .withDetail("jobsFailed", failed)
                .withDetail("checkedAt", Date.from(clock.instant()));
    }
}
