package org.csucasework.tasking.process;

import static org.csucasework.tasking.DailyTaskingProcess.*;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Execution;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.csucasework.shared.ProcessGateway;
import org.springframework.stereotype.Component;

/**
 * The one place that drives the daily tasking process. Services decide; this class moves the engine accordingly,
 * so engine calls stay thin and in one file (and a move to another Camunda 7 compatible engine stays mechanical).
 * The actions' event sub-process, shared with other processes, is driven by {@link ActionProcess}.
 */
@Component
@RequiredArgsConstructor
public class ReportProcess {

    /** Due dates are days in the district; an action becomes overdue when its due day is over. */
    public static final ZoneId ZONE = ZoneId.of("Europe/London");

    private final RuntimeService runtime;
    private final TaskService tasks;
    private final ProcessGateway gateway;

    public void start(String reference, Long reportId, String owningAgencyCode, boolean anonymous,
                      boolean caseReviewThreshold) {
        runtime.startProcessInstanceByKey(KEY, reference, Variables.createVariables()
                .putValue(VAR_REPORT_ID, reportId)
                .putValue(VAR_OWNING_AGENCY, owningAgencyCode)
                .putValue(VAR_ANONYMOUS, anonymous)
                .putValue(VAR_CASE_REVIEW_THRESHOLD, caseReviewThreshold));
    }

    /** Completes the review if it is still open; the process then waits for actions or goes to report-back. */
    public void completeReview(String reference, long openActions) {
        openTask(reference, REVIEW_AT_TASKING)
                .ifPresent(task -> tasks.complete(task.getId(), Map.of(VAR_OPEN_ACTIONS, openActions)));
    }

    /** Tells a process waiting for its actions that the last one is done. */
    public void allActionsDone(String reference) {
        List<Execution> waiting = runtime.createExecutionQuery().processInstanceBusinessKey(reference)
                .activityId(WAIT_FOR_ACTIONS).list();
        if (!waiting.isEmpty()) {
            runtime.createMessageCorrelation(MESSAGE_ALL_ACTIONS_DONE).processInstanceBusinessKey(reference).correlate();
        }
    }

    public boolean isWaitingForReview(String reference) {
        return openTask(reference, REVIEW_AT_TASKING).isPresent();
    }

    public void completeUpdateReporter(String reference) {
        openTask(reference, UPDATE_REPORTER).ifPresent(task -> tasks.complete(task.getId()));
    }

    public void completeClose(String reference, String outcomeCode) {
        openTask(reference, CLOSE_REPORT)
                .ifPresent(task -> tasks.complete(task.getId(), Map.of(VAR_OUTCOME_CODE, outcomeCode)));
    }

    /**
     * Completes the retired "Consider an ASB Case Review" steps of instances started on older versions of the model,
     * so that a report closed before its consideration does not keep its process running. Another node doing the
     * same at the same moment makes one of the two completions fail: that step is done either way.
     *
     * @return how many steps were completed here
     */
    public int retireCaseReviewConsiderations() {
        int retired = 0;
        for (Task task : tasks.createTaskQuery().processDefinitionKey(KEY).taskDefinitionKey(CONSIDER_CASE_REVIEW)
                .list()) {
            try {
                tasks.complete(task.getId());
                retired++;
            } catch (org.camunda.bpm.engine.ProcessEngineException doneElsewhere) {
                // completed by another node, or the instance ended meanwhile
            }
        }
        return retired;
    }

    public List<Task> openTasks(String reference) {
        return gateway.openTasks(null, reference);
    }

    public Optional<Task> openTask(String reference, String taskDefinitionKey) {
        return gateway.openTask(null, reference, taskDefinitionKey);
    }

    /** The activities the report's process is at now (for highlighting them on the diagram). */
    public List<String> activeActivityIds(String reference) {
        return Optional.ofNullable(runtime.createProcessInstanceQuery().processInstanceBusinessKey(reference).singleResult())
                .map(pi -> runtime.getActiveActivityIds(pi.getId())).orElse(List.of());
    }

    public Optional<String> processDefinitionId(String reference) {
        return Optional.ofNullable(runtime.createProcessInstanceQuery().processInstanceBusinessKey(reference)
                .singleResult()).map(pi -> pi.getProcessDefinitionId());
    }
}
