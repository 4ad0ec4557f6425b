package org.csucasework.escalation.process;

import static org.csucasework.escalation.AsbEscalationProcess.VAR_STEP_ID;
import static org.csucasework.escalation.AsbEscalationProcess.VAR_STEP_IN_FORCE;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.csucasework.escalation.WaitPlan;
import org.springframework.stereotype.Component;

/** "Generate and issue the document": the service generates, stores and registers it; the process then waits. */
@Component("issueApprovedStep")
class IssueApprovedStep implements JavaDelegate {

    private final Milestones service;
    private final CaseProcess process;

    IssueApprovedStep(Milestones service, CaseProcess process) {
        this.service = service;
        this.process = process;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Number stepId = (Number) execution.getVariable(VAR_STEP_ID);
        WaitPlan plan = service.issue(stepId.longValue());
        execution.setVariables(process.waitVariables(plan));
        execution.setVariable(VAR_STEP_IN_FORCE, true);
    }
}
