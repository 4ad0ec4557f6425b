package org.csucasework.intake;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * When repeat detection raises its flags. A report counts itself: "3 reports in 12 months" means this one and
 * two earlier ones.
 *
 * @param repeatWindow             how far back an earlier report makes this one a repeat (default 365 days)
 * @param taskAndFinishReports     reports on one place or person within {@code repeatWindow} that suggest a
 *                                 Task and Finish Group (default 3)
 *
 * <p>The ASB Case Review threshold is not here: the flag asks the Case Review's own rule ({@link CaseReviewRule}).
 */
@ConfigurationProperties("casework.repeats")
public record RepeatThresholds(Duration repeatWindow, Integer taskAndFinishReports) {

    public RepeatThresholds {
        repeatWindow = repeatWindow == null ? Duration.ofDays(365) : repeatWindow;
        taskAndFinishReports = taskAndFinishReports == null ? 3 : taskAndFinishReports;
    }
}
