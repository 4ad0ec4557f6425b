package org.csucasework.tasking.process;

import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * At start-up, ends the retired "Consider an ASB Case Review" steps of reports logged before issue 18 (see
 * {@link ReportProcess#retireCaseReviewConsiderations()}): the Case Review is its own process now.
 */
@Component
@RequiredArgsConstructor
class RetiredCaseReviewSteps {

    private static final Logger log = LoggerFactory.getLogger(RetiredCaseReviewSteps.class);

    private final ReportProcess process;

    @EventListener(ApplicationReadyEvent.class)
    void retire() {
        int retired = process.retireCaseReviewConsiderations();
        if (retired > 0) {
            log.info("Completed {} retired 'Consider an ASB Case Review' steps of older report processes", retired);
        }
    }
}
