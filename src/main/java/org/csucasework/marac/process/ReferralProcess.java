package org.csucasework.marac.process;

import static org.csucasework.marac.CommunityMaracProcess.*;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.csucasework.shared.ProcessGateway;
import org.springframework.stereotype.Component;

/**
 * The one place that drives the Community MARAC referral process ({@code bpmn/community-marac-referral.bpmn}). The
 * MARAC services decide; this class moves the engine accordingly. Business key = the referral's reference. (The
 * case's actions are driven by the tasking module's action service, in the same process instance.)
 */
@Component
@RequiredArgsConstructor
public class ReferralProcess {

    /** Dates in the district: a meeting's discussion is due by the end of its day. */
    public static final ZoneId ZONE = ZoneId.of("Europe/London");

    private final RuntimeService runtime;
    private final TaskService tasks;

    private final ProcessGateway gateway;

    public void start(String reference, Long referralId, String referrerUsername) {
        runtime.startProcessInstanceByKey(KEY, reference, Variables.createVariables()
                .putValue(VAR_REFERRAL_ID, referralId)
                .putValue(VAR_REFERRER, referrerUsername));
    }

    public void submitted(String reference) {
        openTask(reference, SUBMIT_REFERRAL).ifPresent(task -> tasks.complete(task.getId()));
    }

    /** The chair's screening; an accepted case is due at its first meeting. */
    public void screened(String reference, String screening, LocalDate firstMeeting) {
        openTask(reference, SCREEN_REFERRAL).ifPresent(task -> tasks.complete(task.getId(), Variables
                .createVariables().putValue(VAR_SCREENING, screening)
                .putValue(VAR_NEXT_MEETING_DUE, firstMeeting == null ? null : endOfDay(firstMeeting))));
    }

    /** A meeting decided on the case: it ends the case's discussion, or carries it to the next meeting. */
    public void decided(String reference, String decision, LocalDate nextMeeting) {
        openTask(reference, DISCUSS_AT_MEETING).ifPresent(task -> tasks.complete(task.getId(), Variables
                .createVariables().putValue(VAR_DECISION, decision)
                .putValue(VAR_NEXT_MEETING_DUE, nextMeeting == null ? null : endOfDay(nextMeeting))));
    }

    /** The case's meeting moved: its discussion is due at the new date. */
    public void meetingMoved(String reference, LocalDate meetingDate) {
        openTask(reference, DISCUSS_AT_MEETING).ifPresent(task -> {
            task.setDueDate(endOfDay(meetingDate));
            tasks.saveTask(task);
        });
    }

    public List<Task> openTasks(String reference) {
        return gateway.openTasks(KEY, reference);
    }

    public Optional<Task> openTask(String reference, String taskDefinitionKey) {
        return gateway.openTask(KEY, reference, taskDefinitionKey);
    }

    public List<String> activeActivityIds(String reference) {
        return instance(reference).map(pi -> runtime.getActiveActivityIds(pi.getId())).orElse(List.of());
    }

    public boolean running(String reference) {
        return instance(reference).isPresent();
    }

    private Optional<ProcessInstance> instance(String reference) {
        return gateway.instance(KEY, reference);
    }

    static Date endOfDay(LocalDate day) {
        return ProcessGateway.endOfDay(day, ZONE);
    }
}
