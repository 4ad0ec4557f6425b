package org.csucasework.casereview.process;

import static org.csucasework.casereview.AsbCaseReviewProcess.*;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * The one place that drives {@code bpmn/asb-case-review.bpmn}. The Case Review service decides; this class moves
 * the engine accordingly. Business key = the review's reference. (Recommendations are driven by the tasking
 * module's action service, in the same process instance.)
 */
@Component
@RequiredArgsConstructor
public class CaseReviewProcess {

    private final RuntimeService runtime;
    private final TaskService tasks;

    public void start(String reference, Long caseReviewId, Instant decisionDue, Instant reminder) {
        runtime.startProcessInstanceByKey(KEY, reference, Variables.createVariables()
                .putValue(VAR_CASE_REVIEW_ID, caseReviewId)
                .putValue(VAR_DECISION_DUE, Date.from(decisionDue))
                .putValue(VAR_DECISION_REMINDER, Date.from(reminder)));
    }

    public void decided(String reference, boolean thresholdMet) {
        complete(reference, DECIDE_THRESHOLD, Variables.createVariables().putValue(VAR_THRESHOLD_MET, thresholdMet));
    }

    /** The review was held; the applicant may then ask for the escalation until {@code responseDeadline}. */
    public void reviewHeld(String reference, Instant responseDeadline) {
        complete(reference, HOLD_REVIEW, Variables.createVariables()
                .putValue(VAR_RESPONSE_DEADLINE, Date.from(responseDeadline)));
    }

    public void responded(String reference, boolean escalationRequested) {
        complete(reference, AWAIT_RESPONSE, Variables.createVariables()
                .putValue(VAR_ESCALATION_REQUESTED, escalationRequested));
    }

    public void escalationConcluded(String reference) {
        complete(reference, RECORD_ESCALATION_RESULT, Variables.createVariables());
    }

    public List<Task> openTasks(String reference) {
        return tasks.createTaskQuery().processDefinitionKey(KEY).processInstanceBusinessKey(reference).active()
                .orderByTaskCreateTime().asc().list();
    }

    /** The coordinators' open steps across all reviews, oldest first: their queue. */
    public List<Task> coordinatorTasks() {
        return tasks.createTaskQuery().processDefinitionKey(KEY).taskCandidateGroup(COORDINATORS).active()
                .orderByTaskCreateTime().asc().list();
    }

    /** The review reference a task belongs to. */
    public String businessKeyOf(Task task) {
        ProcessInstance instance = runtime.createProcessInstanceQuery().processInstanceId(task.getProcessInstanceId())
                .singleResult();
        return instance == null ? null : instance.getBusinessKey();
    }

    public Optional<Task> openTask(String reference, String taskDefinitionKey) {
        return tasks.createTaskQuery().processDefinitionKey(KEY).processInstanceBusinessKey(reference)
                .taskDefinitionKey(taskDefinitionKey).active().list().stream().findFirst();
    }

    public List<String> activeActivityIds(String reference) {
        return instance(reference).map(pi -> runtime.getActiveActivityIds(pi.getId())).orElse(List.of());
    }

    private Optional<ProcessInstance> instance(String reference) {
        return Optional.ofNullable(runtime.createProcessInstanceQuery().processDefinitionKey(KEY)
                .processInstanceBusinessKey(reference).singleResult());
    }

    private void complete(String reference, String taskKey, java.util.Map<String, Object> variables) {
        Task task = openTask(reference, taskKey).orElseThrow(() -> new IllegalStateException(
                "Case Review " + reference + " is not waiting at " + taskKey));
        tasks.complete(task.getId(), variables);
    }
}
