package org.csucasework.diagram;

import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Collection;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The drawn process of a record for its page: the diagram with a legend in words, or a sentence saying why there is
 * none. Shared by every record's page so that every process is shown the same way.
 *
 * <p>bpmn-js draws the deployed XML in the browser (zoom with Ctrl and the mouse wheel, drag to move); the current
 * and finished steps are marked through its canvas markers from the ids this panel writes on the drawing's element.
 * The legend says in words what the drawing shows, and is the drawing's accessible name.
 */
@JavaScript("context://bpmn-js/bpmn-navigated-viewer.production.min.js")
@JavaScript("context://diagram/process-diagram.js")
@StyleSheet("context://bpmn-js/assets/diagram-js.css")
@StyleSheet("context://bpmn-js/assets/bpmn-js.css")
@StyleSheet("context://diagram/process-diagram.css")
public class ProcessDiagramPanel extends Div {

    /**
     * @param diagram     loads the diagram; a failure is shown as a sentence, since the diagram is a view of the
     *                    process, not of the record, and the page stays useful without it
     * @param noneMessage what to say when the record has no process
     */
    public ProcessDiagramPanel(Supplier<Optional<ProcessDiagram>> diagram, String noneMessage) {
        addClassName("process-diagram-panel");
        Optional<ProcessDiagram> loaded;
        try {
            loaded = diagram.get();
        } catch (RuntimeException e) {
            add(new Paragraph("The process diagram cannot be shown just now."));
            return;
        }
        if (loaded.isEmpty()) {
            add(new Paragraph(noneMessage));
            return;
        }
        ProcessDiagram d = loaded.get();
        Paragraph legend = new Paragraph(d.processName() + ". " + d.legend() + (d.ended() ? ""
                : " The current step is drawn with a thick blue outline; steps already done are shaded."));
        legend.addClassName("diagram-legend");
        legend.setId("diagram-legend-" + Integer.toHexString(System.identityHashCode(this)));
        Div drawing = new Div();
        drawing.addClassName("process-diagram");
        drawing.getElement().setAttribute("role", "figure");
        drawing.getElement().setAttribute("aria-label", d.processName() + " for " + d.subject());
        drawing.getElement().setAttribute("aria-describedby", legend.getId().orElseThrow());
        drawing.getElement().setAttribute("data-current", ids(d.currentIds()));
        drawing.getElement().setAttribute("data-finished", ids(d.finishedIds()));
        add(legend, drawing);
        drawing.getElement().executeJs("window.csuProcessDiagram.show(this, $0)", d.bpmnXml());
    }

    private static String ids(Collection<String> ids) {
        return String.join(" ", ids.stream().sorted().toList());
    }
}
