package org.csucasework.escalation.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.csucasework.notifications.NotificationKinds;
import org.csucasework.notifications.NotificationRequested;
import org.csucasework.shared.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * When a proposed step reaches the supervisors' decision (first proposal or resubmission), tells the supervisors:
 * in the bell and by e-mail as each chose. The title carries the case reference only, never the person. Published in
 * the proposing transaction, so there is a notification if and only if there is a proposal; the task's id keys it,
 * so a retried transaction does not notify twice.
 */
@Component("notifySupervisorsOfProposal")
class NotifySupervisorsOfProposal implements TaskListener {

    private final ApplicationEventPublisher publisher;

    NotifySupervisorsOfProposal(ApplicationEventPublisher publisher) {
        this.publisher = publisher;
    }

    @Override
    public void notify(DelegateTask task) {
        String reference = task.getExecution().getProcessBusinessKey();
        publisher.publishEvent(NotificationRequested.toRole(Role.SUPERVISOR, null,
                NotificationKinds.ESCALATION_AWAITS, "An escalation step on " + reference + " awaits your decision",
                reference, "escalation/queue", "ESCALATION_AWAITS:" + task.getId()));
    }
}
