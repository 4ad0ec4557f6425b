package org.csucasework.tasking;

import lombok.RequiredArgsConstructor;
import org.csucasework.actions.ActionOwner;
import org.csucasework.actions.ActionOwnerKind;
import org.csucasework.actions.ActionOwnerType;
import org.csucasework.intake.ReportService;
import org.csucasework.tasking.process.ReportProcess;
import org.springframework.stereotype.Component;

/** Reports as owners of actions: locked on the report's row, events in its history, moved on when all are done. */
@Component
@RequiredArgsConstructor
class ReportActionOwner implements ActionOwnerType {

    private final ReportService reports;
    private final ReportProcess process;

    @Override
    public ActionOwnerKind kind() {
        return ActionOwnerKind.REPORT;
    }

    @Override
    public String label() {
        return "Report";
    }

    @Override
    public String route(String reference) {
        return "reports/" + reference;
    }

    @Override
    public boolean openToPartners() {
        return true;
    }

    @Override
    public void lock(String reference) {
        reports.lockForChange(reference);
    }

    @Override
    public void record(Long ownerId, String eventKind, String detail) {
        reports.recordEvent(ownerId, eventKind, detail);
    }

    @Override
    public void allActionsEnded(ActionOwner owner) {
        process.allActionsDone(owner.reference());
    }
}
