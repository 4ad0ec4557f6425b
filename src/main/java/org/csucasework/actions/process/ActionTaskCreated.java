package org.csucasework.actions.process;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.csucasework.actions.ActionService;
import org.csucasework.actions.ActionSubprocess;
import org.springframework.stereotype.Component;

/** Remembers which user task carries which action, so completing the action completes its task. */
@Component("actionTaskCreated")
@RequiredArgsConstructor
class ActionTaskCreated implements TaskListener {

    private final ActionService actions;

    @Override
    public void notify(DelegateTask task) {
        Number actionId = (Number) task.getVariable(ActionSubprocess.VAR_ACTION_ID);
        actions.attachTask(actionId.longValue(), task.getId());
    }
}
