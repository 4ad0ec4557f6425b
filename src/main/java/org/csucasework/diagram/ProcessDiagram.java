package org.csucasework.diagram;

import java.util.List;
import java.util.Set;

/**
 * A record's process as the engine runs it: the model as deployed for its instance, where it is now and where it has
 * been, and in words what the drawing shows (for the legend and the text alternative).
 *
 * @param processName  the process's name in the model
 * @param subject      how the record is named in the drawing's accessible name, e.g. "report ASB-2026-0001"
 * @param bpmnXml      the BPMN XML as deployed for the instance's process definition
 * @param currentIds   the ids of the activities the process is at now
 * @param finishedIds  the ids of the activities the process has finished
 * @param currentSteps the names of the steps the process is at now
 * @param ended        the process has finished
 */
public record ProcessDiagram(String processName, String subject, String bpmnXml, Set<String> currentIds,
                             Set<String> finishedIds, List<String> currentSteps, boolean ended) {

    public ProcessDiagram {
        currentIds = Set.copyOf(currentIds);
        finishedIds = Set.copyOf(finishedIds);
        currentSteps = List.copyOf(currentSteps);
    }

    /** "Current step: ...", or that the process has ended. */
    public String legend() {
        if (ended) {
            return "The process has ended.";
        }
        if (currentSteps.isEmpty()) {
            return "The process is not waiting at any step.";
        }
        return (currentSteps.size() == 1 ? "Current step: " : "Current steps: ") + String.join("; ", currentSteps) + ".";
    }
}
