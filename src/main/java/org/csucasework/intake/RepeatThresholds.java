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
 * @param caseReviewReports        reports from one reporter or victim within {@code caseReviewWindow} that reach
 *                                 the ASB Case Review threshold (default 3)
 * @param caseReviewWindow         the ASB Case Review window (default 183 days, six months)
 */
@ConfigurationProperties("casework.repeats")
public record RepeatThresholds(Duration repeatWindow, Integer taskAndFinishReports, Integer caseReviewReports,
                               Duration caseReviewWindow) {

    public RepeatThresholds {
        repeatWindow = repeatWindow == null ? Duration.ofDays(365) : repeatWindow;
        taskAndFinishReports = taskAndFinishReports == null ? 3 : taskAndFinishReports;
        caseReviewReports = caseReviewReports == null ? 3 : caseReviewReports;
        caseReviewWindow = caseReviewWindow == null ? Duration.ofDays(183) : caseReviewWindow;
    }
}
