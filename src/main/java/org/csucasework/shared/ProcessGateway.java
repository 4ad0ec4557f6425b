package org.csucasework.shared;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Component;

/**
 * The one way the product asks the process engine about a case (issue 15, "process gateways"): its open tasks, its
 * running instance, and the tasks waiting for a user. Each process's own class ({@code ReportProcess},
 * {@code GroupProcess}, {@code CaseProcess}, {@code ReferralProcess}) moves its process on and asks through here, so
 * engine queries live in one place and a move to another Camunda 7 compatible engine stays mechanical.
 */
@Component
@RequiredArgsConstructor
public class ProcessGateway {

    /** A task waiting for someone, with the case it belongs to (the process's key and the case's reference). */
    public record WaitingTask(Task task, String processKey, String caseReference) {
    }

    private final RuntimeService runtime;
    private final TaskService tasks;
    private final RepositoryService repository;

    /** The case's open tasks, oldest first; {@code processKey} null for any of the case's processes. */
    public List<Task> openTasks(String processKey, String reference) {
        return query(processKey, reference).orderByTaskCreateTime().asc().list();
    }

    /** The case's open task at this step, if the process waits there. */
    public Optional<Task> openTask(String processKey, String reference, String taskDefinitionKey) {
        return query(processKey, reference).taskDefinitionKey(taskDefinitionKey).list().stream().findFirst();
    }

    /** The case's running process instance. */
    public Optional<ProcessInstance> instance(String processKey, String reference) {
        return Optional.ofNullable(runtime.createProcessInstanceQuery().processDefinitionKey(processKey)
                .processInstanceBusinessKey(reference).singleResult());
    }

    /**
     * The open tasks assigned to the user, offered to them by name (a decision only some may take), or offered to one
     * of their groups (their agency and their roles), oldest first, at most {@code max}, each with the process and the case it belongs to.
     */
    public List<WaitingTask> waitingFor(String username, Collection<String> groups, int max) {
        List<Task> found = tasks.createTaskQuery().or().taskAssignee(username).taskCandidateUser(username)
                .taskCandidateGroupIn(List.copyOf(groups)).endOr().active().orderByTaskCreateTime().asc()
                .listPage(0, max);
        Set<String> instanceIds = found.stream().map(Task::getProcessInstanceId).collect(Collectors.toSet());
        Map<String, String> references = new HashMap<>();
        if (!instanceIds.isEmpty()) {
            runtime.createProcessInstanceQuery().processInstanceIds(instanceIds).list()
                    .forEach(pi -> references.put(pi.getId(), pi.getBusinessKey()));
        }
        Map<String, String> keys = new HashMap<>();
        return found.stream().map(task -> new WaitingTask(task, keys.computeIfAbsent(task.getProcessDefinitionId(),
                        id -> repository.getProcessDefinition(id).getKey()), references.get(task.getProcessInstanceId())))
                .toList();
    }

    /** How many open tasks wait for the user or one of their groups. */
    public long countWaitingFor(String username, Collection<String> groups) {
        return tasks.createTaskQuery().or().taskAssignee(username).taskCandidateUser(username)
                .taskCandidateGroupIn(List.copyOf(groups)).endOr().active().count();
    }

    /** The moment a day ends in the district (the start of the next): when a step due that day becomes late. */
    public static Date endOfDay(LocalDate day, ZoneId zone) {
        return day == null ? null : Date.from(day.plusDays(1).atStartOfDay(zone).toInstant());
    }

    private TaskQuery query(String processKey, String reference) {
        TaskQuery query = tasks.createTaskQuery().processInstanceBusinessKey(reference).active();
        return processKey == null ? query : query.processDefinitionKey(processKey);
    }
}
