package org.csucasework.tasking;

import java.util.List;

/**
 * A report's process drawn from its deployed BPMN model: the SVG, and in words what the picture shows (for the
 * legend and the text alternative).
 *
 * @param processName  the process's name in the model
 * @param svg          self-contained SVG markup; current steps have a thick outline, steps done are shaded
 * @param currentSteps the names of the steps the process is at now
 * @param ended        the process has finished
 */
public record ProcessDiagram(String processName, String svg, List<String> currentSteps, boolean ended) {

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
