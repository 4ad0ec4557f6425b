package org.csucasework.actions.process;

import static org.csucasework.actions.ActionSubprocess.CHASE_OVERDUE_ACTION;
import static org.csucasework.actions.ActionSubprocess.MESSAGE_ACTION_ASSIGNED;
import static org.csucasework.actions.ActionSubprocess.VAR_ACTION_AGENCY;
import static org.csucasework.actions.ActionSubprocess.VAR_ACTION_DUE;
import static org.csucasework.actions.ActionSubprocess.VAR_ACTION_ID;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.csucasework.shared.ui.UkDates;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The one place that drives the action event sub-process ({@link org.csucasework.actions.ActionSubprocess}), in
 * whichever process carries it: a report's daily tasking process, a Task and Finish Group's process. The owner's
 * reference is the business key of that process instance.
 */
@Component
public class ActionProcess {

    private final RuntimeService runtime;
    private final TaskService tasks;
    private final Duration overdueAfter;

    /**
     * @param overdueAfter when the overdue timer fires, counted from the start of the due day: one day (the due day
     *                     has passed) unless {@code casework.tasking.overdue-after} says otherwise. Only checks that
     *                     need timers to fire at once (scripts/two-node-check.sh sets {@code PT0S}) change it.
     */
    ActionProcess(RuntimeService runtime, TaskService tasks,
                  @Value("${casework.tasking.overdue-after:P1D}") Duration overdueAfter) {
        this.runtime = runtime;
        this.tasks = tasks;
        this.overdueAfter = overdueAfter;
    }

    /**
     * Starts the action's user task (for the owning agency) with its overdue timer at the end of the due day.
     * The engine puts a message's payload on the process instance, not on the event subprocess it starts; the values
     * are therefore transient there, and {@link KeepActionVariables} keeps them as the action subprocess's own.
     */
    public void assignAction(String businessKey, Long actionId, String agencyCode, LocalDate dueDate) {
        Date due = Date.from(dueDate.atStartOfDay(UkDates.ZONE).toInstant().plus(overdueAfter));
        runtime.createMessageCorrelation(MESSAGE_ACTION_ASSIGNED)
                .processInstanceBusinessKey(businessKey)
                .setVariablesLocal(Variables.createVariables()
                        .putValueTyped(VAR_ACTION_ID, Variables.longValue(actionId, true))
                        .putValueTyped(VAR_ACTION_AGENCY, Variables.stringValue(agencyCode, true))
                        .putValueTyped(VAR_ACTION_DUE, Variables.dateValue(due, true)))
                .correlateWithResult();
    }

    /**
     * The actions whose overdue chase waits for a supervisor, by action id. The action's id is a variable of its
     * sub-process, not of the task, so each chase task is asked for it (there are few: one per overdue action).
     */
    public Map<Long, String> openChases() {
        Map<Long, String> chases = new HashMap<>();
        for (Task task : tasks.createTaskQuery().taskDefinitionKey(CHASE_OVERDUE_ACTION).active().list()) {
            Object actionId = tasks.getVariable(task.getId(), VAR_ACTION_ID);
            if (actionId instanceof Long id) {
                chases.put(id, task.getId());
            }
        }
        return chases;
    }

    /** Completes the chase of an overdue action: a supervisor has chased the agency. */
    public void completeChase(String taskId) {
        tasks.complete(taskId);
    }

    /** Completes the action's user task, which ends its sub-process (and a chase still open for it). */
    public void completeActionTask(String taskId) {
        tasks.complete(taskId);
    }
}
