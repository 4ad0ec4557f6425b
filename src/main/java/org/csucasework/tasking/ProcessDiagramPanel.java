package org.csucasework.tasking;

import java.util.Optional;
import java.util.function.Supplier;

import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;

/**
 * The drawn process of a record for its page: the diagram with a legend in words, or a sentence saying why there is
 * none. Shared by the report, group and escalation case pages so that every process is shown the same way.
 */
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
        Paragraph legend = new Paragraph(d.processName() + ". " + d.legend() + (d.ended() ? "" : " The current step is drawn with a thick blue "
                + "outline; steps already done are shaded and ticked."));
        legend.addClassName("diagram-legend");
        Svg svg = new Svg(d.svg());
        svg.addClassName("process-diagram");
        Div scroller = new Div(svg);
        scroller.getStyle().set("overflow-x", "auto").set("max-width", "100%");
        add(legend, scroller);
    }
}
