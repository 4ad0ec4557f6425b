package org.csucasework.escalation.process;

import static org.csucasework.escalation.AsbEscalationProcess.VAR_CASE_ID;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Records on the case that a wait is over (ABA term ended, CPW time to comply passed, watch period ended). */
@Component("recordEscalationMilestone")
@RequiredArgsConstructor
class RecordEscalationMilestone implements JavaDelegate {

    private final Milestones service;

    @Override
    public void execute(DelegateExecution execution) {
        Number caseId = (Number) execution.getVariable(VAR_CASE_ID);
        service.waitOver(caseId.longValue(), execution.getCurrentActivityId());
    }
}
