package org.csucasework.actions.process;

import static org.csucasework.actions.ActionSubprocess.VAR_ACTION_AGENCY;
import static org.csucasework.actions.ActionSubprocess.VAR_ACTION_DUE;
import static org.csucasework.actions.ActionSubprocess.VAR_ACTION_ID;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Keeps an assigned action's ids in its own action subprocess. The message that starts the subprocess carries them
 * as transient variables of the process instance (where the engine puts a message's payload); without this copy a
 * second action would overwrite the first's, and its task, timer and chase would no longer know their action.
 */
@Component("keepActionVariables")
class KeepActionVariables implements ExecutionListener {

    private static final List<String> ACTION_VARIABLES = List.of(VAR_ACTION_ID, VAR_ACTION_AGENCY, VAR_ACTION_DUE);

    @Override
    public void notify(DelegateExecution execution) {
        for (String name : ACTION_VARIABLES) {
            execution.setVariableLocal(name, execution.getVariable(name));
        }
    }
}
