package org.csucasework.taskgroups.process;

import static org.csucasework.taskgroups.TaskAndFinishGroupProcess.*;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.csucasework.shared.ProcessGateway;
import org.springframework.stereotype.Component;

/**
 * The one place that drives the Task and Finish Group process ({@code bpmn/task-and-finish-group.bpmn}). The group's
 * services decide; this class moves the engine accordingly. Business key = the group's reference. (The action plan's
 * actions are driven by the tasking module's action service, in the same process instance.)
 */
@Component
@RequiredArgsConstructor
public class GroupProcess {

    /** Dates in the district: a meeting is due by the end of its day. */
    public static final ZoneId ZONE = ZoneId.of("Europe/London");

    private final RuntimeService runtime;
    private final TaskService tasks;
    private final ManagementService management;

    private final ProcessGateway gateway;

    public void start(String reference, Long groupId) {
        runtime.startProcessInstanceByKey(KEY, reference, Variables.createVariables().putValue(VAR_GROUP_ID, groupId));
    }

    public void approve(String reference) {
        decide(reference, true);
    }

    public void decline(String reference) {
        decide(reference, false);
    }

    private void decide(String reference, boolean approved) {
        openTask(reference, APPROVE_GROUP)
                .ifPresent(task -> tasks.complete(task.getId(), Map.of(VAR_APPROVED, approved)));
    }

    /** Completes the set-up: the lead gets the first meeting, due by the end of its day; the review cycle is set. */
    public void setUp(String reference, String leadUsername, int reviewIntervalWeeks, LocalDate firstMeetingDate) {
        instance(reference).ifPresent(pi -> {
            runtime.setVariables(pi.getId(), Variables.createVariables()
                    .putValue(VAR_LEAD, leadUsername)
                    .putValue(VAR_REVIEW_INTERVAL, reviewInterval(reviewIntervalWeeks))
                    .putValue(VAR_FIRST_MEETING_DUE, endOfDay(firstMeetingDate)));
            openTask(reference, SET_UP_GROUP).ifPresent(task -> tasks.complete(task.getId()));
        });
    }

    /**
     * A meeting was held: it completes the first meeting or a due review; while the group waits for its next review
     * it starts a new cycle (the review timer starts again from now).
     */
    public void meetingHeld(String reference) {
        Optional<Task> first = openTask(reference, HOLD_FIRST_MEETING);
        if (first.isPresent()) {
            tasks.complete(first.get().getId());
            return;
        }
        Optional<Task> review = openTask(reference, REVIEW_GROUP);
        if (review.isPresent()) {
            tasks.complete(review.get().getId());
            return;
        }
        boolean waiting = runtime.createEventSubscriptionQuery().processInstanceId(instanceId(reference))
                .eventType("message").eventName(MESSAGE_MEETING_HELD).count() > 0;
        if (waiting) {
            runtime.createMessageCorrelation(MESSAGE_MEETING_HELD).processInstanceBusinessKey(reference).correlate();
        }
    }

    /** A new lead takes over the lead's open steps (the first meeting, a due review) and those to come. */
    public void changeLead(String reference, String leadUsername) {
        instance(reference).ifPresent(pi -> {
            runtime.setVariable(pi.getId(), VAR_LEAD, leadUsername);
            for (String step : List.of(HOLD_FIRST_MEETING, REVIEW_GROUP)) {
                openTask(reference, step).ifPresent(task -> tasks.setAssignee(task.getId(), leadUsername));
            }
        });
    }

    /** A changed review cycle applies from the next cycle on (the one running keeps its due time). */
    public void changeReviewInterval(String reference, int reviewIntervalWeeks) {
        instance(reference).ifPresent(pi ->
                runtime.setVariable(pi.getId(), VAR_REVIEW_INTERVAL, reviewInterval(reviewIntervalWeeks)));
    }

    /** Ends the group's work, wherever it stands (set-up, first meeting, waiting for or holding a review). */
    public void close(String reference) {
        boolean atWork = runtime.createEventSubscriptionQuery().processInstanceId(instanceId(reference))
                .eventType("message").eventName(MESSAGE_CLOSE_GROUP).count() > 0;
        if (atWork) {
            runtime.createMessageCorrelation(MESSAGE_CLOSE_GROUP).processInstanceBusinessKey(reference).correlate();
        }
    }

    public List<Task> openTasks(String reference) {
        return gateway.openTasks(KEY, reference);
    }

    public Optional<Task> openTask(String reference, String taskDefinitionKey) {
        return gateway.openTask(KEY, reference, taskDefinitionKey);
    }

    /** When the review timer of the cycle running now falls due, if the group is waiting for its next review. */
    public Optional<Date> nextReviewDue(String reference) {
        return instance(reference).flatMap(pi -> management.createJobQuery().processInstanceId(pi.getId()).timers()
                .activityId(REVIEW_DUE).list().stream().findFirst()).map(job -> job.getDuedate());
    }

    /** The activities the group's process is at now. */
    public List<String> activeActivityIds(String reference) {
        return instance(reference).map(pi -> runtime.getActiveActivityIds(pi.getId())).orElse(List.of());
    }

    public Optional<String> processDefinitionId(String reference) {
        return instance(reference).map(ProcessInstance::getProcessDefinitionId);
    }

    private Optional<ProcessInstance> instance(String reference) {
        return gateway.instance(KEY, reference);
    }

    private String instanceId(String reference) {
        return instance(reference).map(ProcessInstance::getId).orElse("none");
    }

    static String reviewInterval(int weeks) {
        return "P" + (weeks * 7) + "D";
    }

    private static Date endOfDay(LocalDate day) {
        return ProcessGateway.endOfDay(day, ZONE);
    }
}
