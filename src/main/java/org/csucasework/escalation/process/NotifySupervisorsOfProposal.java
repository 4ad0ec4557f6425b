package org.csucasework.escalation.process;

import static org.csucasework.escalation.AsbEscalationProcess.VAR_STEP_ID;

import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.csucasework.escalation.internal.DecisionRights;
import org.csucasework.escalation.internal.EscalationStepRepository;
import org.csucasework.notifications.NotificationKinds;
import org.csucasework.notifications.NotificationRequested;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * When a proposed step reaches the supervisors' decision (first proposal or resubmission), offers the decision in the
 * work list only to the supervisors who may take it (the task's candidate users), and tells them ({@link DecisionRights}: a partner officer's proposal as the partnership configured): in the bell and
 * by e-mail as each chose. The title carries the case reference only, never the person. Published in the proposing
 * transaction, so there is a notification if and only if there is a proposal; the task's id keys it, so a retried
 * transaction does not notify twice.
 */
@Component("notifySupervisorsOfProposal")
@RequiredArgsConstructor
class NotifySupervisorsOfProposal implements TaskListener {

    private final ApplicationEventPublisher publisher;
    private final EscalationStepRepository steps;
    private final DecisionRights rights;

    @Override
    public void notify(DelegateTask task) {
        String reference = task.getExecution().getProcessBusinessKey();
        Number stepId = (Number) task.getExecution().getVariable(VAR_STEP_ID);
        Set<String> deciders = stepId == null ? Set.of() : steps.findById(stepId.longValue())
                .map(step -> rights.decidersOf(step.getProposedBy())).orElse(Set.of());
        // Offered to those who may decide under the partner-approval setting, as the queue and the service do, not to
        // every supervisor. Those who become supervisors later find it in the queue, which asks each time.
        task.addCandidateUsers(deciders);
        if (!deciders.isEmpty()) {
            publisher.publishEvent(NotificationRequested.toUsers(deciders, NotificationKinds.ESCALATION_AWAITS,
                    "An escalation step on " + reference + " awaits your decision", reference, "escalation/queue",
                    "ESCALATION_AWAITS:" + task.getId()));
        }
    }
}
