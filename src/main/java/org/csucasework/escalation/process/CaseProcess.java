package org.csucasework.escalation.process;

import static org.csucasework.escalation.AsbEscalationProcess.*;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.csucasework.escalation.Decision;
import org.csucasework.escalation.WaitKind;
import org.csucasework.escalation.WaitPlan;
import org.csucasework.shared.ProcessGateway;
import org.springframework.stereotype.Component;

/**
 * The one place that drives the escalation process. The service decides and records; this class moves the engine
 * accordingly, so engine calls stay thin and in one file (and a move to another Camunda 7 compatible engine stays
 * mechanical). Variables are ids, codes, flags and dates, never anything about the person.
 */
@Component
@RequiredArgsConstructor
public class CaseProcess {

    /** Dates are days in the district. A day "passes" at the start of the next one. */
    public static final ZoneId ZONE = ZoneId.of("Europe/London");

    private final RuntimeService runtime;
    private final TaskService tasks;
    private final HistoryService history;

    private final ProcessGateway gateway;

    public void start(String reference, Long caseId) {
        VariableMap variables = Variables.createVariables()
                .putValue(VAR_CASE_ID, caseId)
                .putValue(VAR_STEP_IN_FORCE, false)
                .putValue(VAR_ESCALATE, false)
                .putValue(VAR_BREACH_CONFIRMED, false);
        variables.putAll(waitVariables(new WaitPlan(WaitKind.NONE, null, null, null, null, false)));
        runtime.startProcessInstanceByKey(KEY, reference, variables);
    }

    /**
     * A step was proposed: from "Propose the next step" (after a further report the caseworker decided to act on,
     * that task is completed first), or while the case waits after an issue, which the proposal interrupts.
     */
    public void proposed(String reference, Long stepId) {
        openTask(reference, CONSIDER_FURTHER_REPORT)
                .ifPresent(task -> tasks.complete(task.getId(), Map.of(VAR_ESCALATE, true)));
        Optional<Task> propose = openTask(reference, PROPOSE_STEP);
        if (propose.isPresent()) {
            tasks.complete(propose.get().getId(), Map.of(VAR_STEP_ID, stepId));
        } else {
            runtime.createMessageCorrelation(MESSAGE_STEP_PROPOSED).processInstanceBusinessKey(reference)
                    .setVariable(VAR_STEP_ID, stepId).correlate();
        }
    }

    public boolean canPropose(String reference) {
        return openTask(reference, PROPOSE_STEP).isPresent() || openTask(reference, CONSIDER_FURTHER_REPORT).isPresent()
                || canReceive(reference, MESSAGE_STEP_PROPOSED);
    }

    public void decided(String reference, Decision decision, boolean stepInForce) {
        Task task = openTask(reference, DECIDE_STEP)
                .orElseThrow(() -> new IllegalStateException("No decision is awaited on " + reference));
        tasks.complete(task.getId(), Map.of(VAR_DECISION, decision.name(), VAR_STEP_IN_FORCE, stepInForce));
    }

    /** The approved step was served: the case waits, from the day of service, as the plan says. */
    public void served(String reference, WaitPlan plan, LocalDate appealDeadline) {
        Task task = openTask(reference, SERVE_STEP)
                .orElseThrow(() -> new IllegalStateException("Nothing waits to be served on " + reference));
        Map<String, Object> variables = waitVariables(plan);
        variables.put(VAR_STEP_IN_FORCE, true);
        variables.put(VAR_APPEAL_DEADLINE, endOf(appealDeadline));
        tasks.complete(task.getId(), variables);
    }

    public void resubmitted(String reference) {
        Task task = openTask(reference, REVISE_STEP)
                .orElseThrow(() -> new IllegalStateException("Nothing to resubmit on " + reference));
        tasks.complete(task.getId());
    }

    /** The variables the process's timers and gateways read, from a wait plan. */
    public Map<String, Object> waitVariables(WaitPlan plan) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(VAR_WAIT_KIND, plan.kind().name());
        variables.put(VAR_REVIEW_DATE, startOf(plan.reviewDate()));
        variables.put(VAR_TERM_END, endOf(plan.termEnd()));
        variables.put(VAR_COMPLIANCE_DATE, endOf(plan.complianceDate()));
        variables.put(VAR_WATCH_UNTIL, endOf(plan.watchUntil()));
        variables.put(VAR_ABA_REVIEWED, plan.abaReviewed());
        return variables;
    }

    public void furtherReport(String reference, Long reportId) {
        runtime.createMessageCorrelation(MESSAGE_FURTHER_REPORT).processInstanceBusinessKey(reference)
                .setVariable(VAR_REPORT_ID, reportId).correlate();
    }

    public void appealLodged(String reference) {
        runtime.createMessageCorrelation(MESSAGE_APPEAL_LODGED).processInstanceBusinessKey(reference).correlate();
    }

    /**
     * What the case waited on has no effect (a notice quashed on appeal, s46; an agreement refused): wherever the
     * case is, it waits for nothing of it any more. Waiting, the wait ends now and a step may be proposed; busy
     * elsewhere (a proposal, a breach or a report being considered), it does not come back to the wait.
     */
    public void stepInForceEnded(String reference) {
        instance(reference).ifPresent(pi -> runtime.setVariables(pi.getId(), Map.of(VAR_WAIT_KIND, WaitKind.NONE.name(),
                VAR_STEP_IN_FORCE, false)));
        if (canReceive(reference, MESSAGE_STEP_IN_FORCE_ENDED)) {
            runtime.createMessageCorrelation(MESSAGE_STEP_IN_FORCE_ENDED).processInstanceBusinessKey(reference).correlate();
        }
    }

    public void fixedPenaltyIssued(String reference, LocalDate paymentDue) {
        runtime.createMessageCorrelation(MESSAGE_FIXED_PENALTY_ISSUED).processInstanceBusinessKey(reference)
                .setVariable(VAR_PAYMENT_DUE, endOf(paymentDue)).correlate();
    }

    public void fixedPenaltyPaid(String reference) {
        runtime.createMessageCorrelation(MESSAGE_FIXED_PENALTY_PAID).processInstanceBusinessKey(reference).correlate();
    }

    public void breachReported(String reference) {
        runtime.createMessageCorrelation(MESSAGE_BREACH_REPORTED).processInstanceBusinessKey(reference).correlate();
    }

    public void deEscalated(String reference, WaitPlan plan) {
        runtime.createMessageCorrelation(MESSAGE_DE_ESCALATED).processInstanceBusinessKey(reference)
                .setVariables(waitVariables(plan)).correlate();
    }

    public void closed(String reference) {
        if (runtime.createProcessInstanceQuery().processInstanceBusinessKey(reference).processDefinitionKey(KEY)
                .count() > 0) {
            runtime.createMessageCorrelation(MESSAGE_CASE_CLOSED).processInstanceBusinessKey(reference).correlate();
        }
    }

    /** Completes a user task of the case with the given variables; false when the task is not open. */
    public boolean completeTask(String reference, String taskKey, Map<String, Object> variables) {
        Optional<Task> task = openTask(reference, taskKey);
        task.ifPresent(t -> tasks.complete(t.getId(), variables));
        return task.isPresent();
    }

    public boolean canReceive(String reference, String messageName) {
        return instance(reference).map(pi -> runtime.createEventSubscriptionQuery().processInstanceId(pi.getId())
                .eventType("message").eventName(messageName).count() > 0).orElse(false);
    }

    public List<Task> openTasks(String reference) {
        return gateway.openTasks(KEY, reference);
    }

    public Optional<Task> openTask(String reference, String taskKey) {
        return gateway.openTask(KEY, reference, taskKey);
    }

    public boolean isWaitingAt(String reference, String taskKey) {
        return openTask(reference, taskKey).isPresent();
    }

    /** The steps the case's process has passed through and is at, oldest first (engine history). */
    public List<HistoricActivityInstance> history(String reference) {
        return Optional.ofNullable(history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(reference)
                        .processDefinitionKey(KEY).singleResult())
                .map(pi -> history.createHistoricActivityInstanceQuery().processInstanceId(pi.getId())
                        .orderByHistoricActivityInstanceStartTime().asc().orderPartiallyByOccurrence().asc().list())
                .orElse(List.of());
    }

    private Optional<ProcessInstance> instance(String reference) {
        return gateway.instance(KEY, reference);
    }

    /** The moment a day begins in the district: when a review falls due. */
    static Date startOf(LocalDate day) {
        return day == null ? null : Date.from(day.atStartOfDay(ZONE).toInstant());
    }

    /** The moment a day is over in the district: when a term, a time to comply or a watch period has passed. */
    static Date endOf(LocalDate day) {
        return day == null ? null : Date.from(day.plusDays(1).atStartOfDay(ZONE).toInstant());
    }
}
