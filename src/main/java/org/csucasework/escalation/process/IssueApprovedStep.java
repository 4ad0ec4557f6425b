package org.csucasework.escalation.process;

import static org.csucasework.escalation.AsbEscalationProcess.VAR_STEP_ID;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Generate the documents to serve": the service generates and stores them; the process then waits for service. */
@Component("issueApprovedStep")
@RequiredArgsConstructor
class IssueApprovedStep implements JavaDelegate {

    private final Milestones service;

    @Override
    public void execute(DelegateExecution execution) {
        Number stepId = (Number) execution.getVariable(VAR_STEP_ID);
        service.generate(stepId.longValue());
    }
}
