package org.csucasework.dataprotection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.csucasework.support.IntegrationTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The process engine keeps its history as long as the case records keep their personal data, and cleans it up. */
@IntegrationTest
class ProcessHistoryRetentionTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    RetentionProperties retention;

    @Test
    @DisplayName("Every deployed process keeps its history for the retention period, and the nightly cleanup is on")
    void historyTimeToLiveMatchesRetention() {
        LocalDate today = LocalDate.now();
        long retentionDays = ChronoUnit.DAYS.between(today.minus(retention.reports()), today);
        List<ProcessDefinition> definitions = engine.getRepositoryService().createProcessDefinitionQuery()
                .latestVersion().list();
        assertThat(definitions).extracting(ProcessDefinition::getKey)
                .contains("csu-daily-tasking", "task-and-finish-group", "asb-escalation");
        for (ProcessDefinition definition : definitions) {
            // 2190 days is six years of 365 days; the policy's six calendar years add one or two leap days.
            assertThat(definition.getHistoryTimeToLive()).as(definition.getKey()).isNotNull()
                    .isBetween((int) retentionDays - 2, (int) retentionDays);
        }

        ProcessEngineConfigurationImpl configuration =
                (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        assertThat(configuration.getHistoryCleanupBatchWindowStartTime()).isEqualTo("01:00");
        assertThat(configuration.getHistoryCleanupBatchWindowEndTime()).isEqualTo("05:00");
        assertThat(configuration.getHistoryCleanupStrategy()).isEqualTo("removalTimeBased");
        assertThat(configuration.getHistoryRemovalTimeStrategy()).isEqualTo("end");
        assertThat(configuration.isEnforceHistoryTimeToLive()).isTrue();
        assertThat(retention.reports()).isEqualTo(RetentionProperties.DEFAULT_AGE);
    }
}
