package org.csucasework.diagram.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.springframework.stereotype.Component;

/**
 * Reads what a process diagram needs from the engine: the deployed model of a process instance (also after it
 * ended), where it is now and which activities it has passed. Read-only and thin.
 */
@Component
@RequiredArgsConstructor
public class ProcessModels {

    private final RepositoryService repository;
    private final RuntimeService runtime;
    private final HistoryService history;

    /** The latest instance of the process {@code processKey} for the business key, running or ended. */
    public Optional<Instance> instance(String processKey, String businessKey) {
        ProcessInstance running = runtime.createProcessInstanceQuery().processDefinitionKey(processKey)
                .processInstanceBusinessKey(businessKey).list().stream().findFirst().orElse(null);
        if (running != null) {
            return Optional.of(new Instance(running.getId(), running.getProcessDefinitionId(), false));
        }
        List<HistoricProcessInstance> past = history.createHistoricProcessInstanceQuery()
                .processDefinitionKey(processKey).processInstanceBusinessKey(businessKey)
                .orderByProcessInstanceStartTime().desc().listPage(0, 1);
        return past.stream().findFirst().map(p -> new Instance(p.getId(), p.getProcessDefinitionId(), true));
    }

    /** The model as deployed for this definition (the engine caches it). */
    public BpmnModelInstance model(String processDefinitionId) {
        return repository.getBpmnModelInstance(processDefinitionId);
    }

    /** The BPMN XML as deployed for this definition, for the viewer in the browser to draw. */
    public String xml(String processDefinitionId) {
        try (InputStream in = repository.getProcessModel(processDefinitionId)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("The deployed model " + processDefinitionId + " cannot be read", e);
        }
    }

    public Set<String> activeActivityIds(Instance instance) {
        return instance.ended() ? Set.of() : new LinkedHashSet<>(runtime.getActiveActivityIds(instance.id()));
    }

    /** Activities the instance has finished (any number of times), from the engine's history. */
    public Set<String> finishedActivityIds(Instance instance) {
        Set<String> ids = new LinkedHashSet<>();
        for (HistoricActivityInstance activity : history.createHistoricActivityInstanceQuery()
                .processInstanceId(instance.id()).finished().list()) {
            ids.add(activity.getActivityId());
        }
        return ids;
    }

    /** A process instance as the diagram sees it. */
    public record Instance(String id, String processDefinitionId, boolean ended) {
    }
}
