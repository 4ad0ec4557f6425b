package org.csucasework.tasking;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.csucasework.intake.ReportService;
import org.csucasework.tasking.process.BpmnSvgRenderer;
import org.csucasework.tasking.process.ProcessModels;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Draws a report's process as the engine runs it: the deployed model (the version the instance started on), with the
 * steps it is at now highlighted and the steps it has passed shaded. Rendered on the server as SVG, so the page needs
 * no diagram library in the browser (docs/decisions/0003-process-diagram-server-side-svg.md).
 */
@Service
public class ProcessDiagramService {

    private final ReportService reports;
    private final ProcessModels models;

    ProcessDiagramService(ReportService reports, ProcessModels models) {
        this.reports = reports;
        this.models = models;
    }

    /**
     * The diagram of the report's daily tasking process, if it has one. A report the signed-in user may not see is
     * "not found", as everywhere else.
     */
    @Transactional(readOnly = true)
    public Optional<ProcessDiagram> diagramOfReport(String reference) {
        reports.requireReadable(reference);
        return diagramOf(DailyTaskingProcess.KEY, reference, "report " + reference);
    }

    /**
     * The diagram of the instance of a process model that carries a record's reference as its business key: a Task
     * and Finish Group, an escalation case. It checks no access of its own: the caller has already loaded the record
     * through its service, which refuses what the user may not see.
     *
     * @param subject how the diagram's accessible title names the record, e.g. "group TFG-2026-0001"
     */
    @Transactional(readOnly = true)
    public Optional<ProcessDiagram> diagramOf(String processKey, String businessKey, String subject) {
        return models.instance(processKey, businessKey).map(instance -> {
            BpmnModelInstance model = models.model(instance.processDefinitionId());
            Set<String> active = models.activeActivityIds(instance);
            Set<String> finished = models.finishedActivityIds(instance);
            List<String> currentSteps = stepNames(model, active);
            String processName = model.getModelElementsByType(Process.class).stream()
                    .filter(p -> p.getName() != null).map(Process::getName).findFirst().orElse("Process");
            ProcessDiagram words = new ProcessDiagram(processName, "", currentSteps, instance.ended());
            String svg = BpmnSvgRenderer.render(model, active, finished, processName + " for " + subject,
                    words.legend());
            return new ProcessDiagram(processName, svg, currentSteps, instance.ended());
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
