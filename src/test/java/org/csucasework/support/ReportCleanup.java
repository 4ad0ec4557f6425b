package org.csucasework.support;

import java.util.Collection;
import org.csucasework.actions.ActionService;
import org.csucasework.actions.ActionStatus;
import org.csucasework.tasking.CloseReport;
import org.csucasework.tasking.ReportActions;
import org.csucasework.tasking.ReportClosingService;
import org.csucasework.tasking.process.ReportProcess;

/**
 * Closes the reports a test logged once it is done with them. The test database is shared and never reset, and
 * the tasking agenda lists reports awaiting review oldest first: reports left open by earlier runs (many of them
 * dated months back, for the repeat windows) would otherwise crowd other tests' reports off it.
 */
public class ReportCleanup {

    private final SignedIn signedIn;
    private final ActionService actions;
    private final ReportActions reportActions;
    private final ReportClosingService closing;
    private final ReportProcess process;

    public ReportCleanup(SignedIn signedIn, ActionService actions, ReportActions reportActions,
                         ReportClosingService closing, ReportProcess process) {
        this.signedIn = signedIn;
        this.actions = actions;
        this.reportActions = reportActions;
        this.closing = closing;
        this.process = process;
    }

    /** Cancels each report's open actions and closes it; reports already closed, or gone, are left as they are. */
    public void closeAll(Collection<String> references) {
        for (String reference : references) {
            signedIn.run("supervisor", () -> {
                try {
                    reportActions.actionsOfReport(reference).stream()
                            .filter(action -> action.status() == ActionStatus.OPEN)
                            .forEach(action -> actions.cancel(action.id(), "The test that made it has finished"));
                    closing.close(reference, new CloseReport("RESOLVED", "The test that made it has finished",
                            true, null));
                } catch (RuntimeException alreadyClosedOrRefused) {
                    // Nothing to tidy.
                }
            });
        }
    }
}
