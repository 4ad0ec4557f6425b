package org.csucasework.dataprotection;

import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code casework.retention.*}: how long closed records keep their personal data, and when the retention job runs.
 *
 * @param enabled        whether the scheduled job runs at all (the administrators' "run now" works either way)
 * @param cron           when the job runs (Spring cron, server time); "-" turns the schedule off
 * @param reports        age since closing after which a closed report's people and free text are anonymised
 * @param taskGroups     the same for a closed or declined Task and Finish Group
 * @param escalationCases the same for a closed escalation case (its letters' PDFs are deleted)
 */
@ConfigurationProperties("casework.retention")
public record RetentionProperties(boolean enabled, String cron, Period reports, Period taskGroups,
                                  Period escalationCases) {

    /** Six years after closing: the period the partnership's data protection policy keeps case records. */
    public static final Period DEFAULT_AGE = Period.ofYears(6);

    public RetentionProperties {
        cron = cron == null || cron.isBlank() ? "0 15 0 * * *" : cron;
        reports = reports == null ? DEFAULT_AGE : reports;
        taskGroups = taskGroups == null ? DEFAULT_AGE : taskGroups;
        escalationCases = escalationCases == null ? DEFAULT_AGE : escalationCases;
    }
}
