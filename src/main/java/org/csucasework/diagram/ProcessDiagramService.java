package org.csucasework.diagram;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.csucasework.diagram.internal.ProcessModels;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds a record's process as the engine runs it: the deployed model (the version the instance started on), the
 * steps it is at now and the steps it has passed. The browser draws it (docs/decisions/0025).
 */
@Service
@RequiredArgsConstructor
public class ProcessDiagramService {

    private final ProcessModels models;

    /**
     * The diagram of the instance of a process model that carries a record's reference as its business key. It
     * checks no access of its own: the caller has already loaded the record through its service, which refuses what
     * the user may not see.
     *
     * @param subject how the diagram's accessible name names the record, e.g. "group TFG-2026-0001"
     */
    @Transactional(readOnly = true)
    public Optional<ProcessDiagram> diagramOf(String processKey, String businessKey, String subject) {
        return models.instance(processKey, businessKey).map(instance -> {
            BpmnModelInstance model = models.model(instance.processDefinitionId());
            Set<String> active = models.activeActivityIds(instance);
            String processName = model.getModelElementsByType(Process.class).stream()
                    .filter(p -> p.getName() != null).map(Process::getName).findFirst().orElse("Process");
            return new ProcessDiagram(processName, subject, models.xml(instance.processDefinitionId()), active,
                    models.finishedActivityIds(instance), stepNames(model, active), instance.ended());
        });
    }

    private static List<String> stepNames(BpmnModelInstance model, Set<String> activityIds) {
        Set<String> names = new LinkedHashSet<>();
        for (String id : activityIds) {
            ModelElementInstance element = model.getModelElementById(id);
            if (element instanceof FlowElement flowElement) {
                names.add(flowElement.getName() == null || flowElement.getName().isBlank() ? id : flowElement.getName());
            }
        }
        return List.copyOf(names);
    }
}
