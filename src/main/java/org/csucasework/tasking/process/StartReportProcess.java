package org.csucasework.tasking.process;

import lombok.RequiredArgsConstructor;
import org.csucasework.intake.ReportLogged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Starts a report's process when it is logged. A plain (synchronous) listener on purpose: it runs inside the
 * logging transaction, so a report never exists without its process, nor a process without its report.
 */
@Component
@RequiredArgsConstructor
class StartReportProcess {

    private final ReportProcess process;

    @EventListener
    void on(ReportLogged logged) {
        process.start(logged.reference(), logged.reportId(), logged.owningAgencyCode(), logged.anonymous(),
                logged.caseReviewThreshold());
    }
}
