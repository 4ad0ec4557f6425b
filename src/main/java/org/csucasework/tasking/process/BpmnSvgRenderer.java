package org.csucasework.tasking.process;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.Association;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.CatchEvent;
import org.camunda.bpm.model.bpmn.instance.ComplexGateway;
import org.camunda.bpm.model.bpmn.instance.ConditionalEventDefinition;
import org.camunda.bpm.model.bpmn.instance.DataObjectReference;
import org.camunda.bpm.model.bpmn.instance.DataStoreReference;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.ErrorEventDefinition;
import org.camunda.bpm.model.bpmn.instance.EscalationEventDefinition;
import org.camunda.bpm.model.bpmn.instance.Event;
import org.camunda.bpm.model.bpmn.instance.EventBasedGateway;
import org.camunda.bpm.model.bpmn.instance.EventDefinition;
import org.camunda.bpm.model.bpmn.instance.ExclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.InclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.IntermediateCatchEvent;
import org.camunda.bpm.model.bpmn.instance.Lane;
import org.camunda.bpm.model.bpmn.instance.LinkEventDefinition;
import org.camunda.bpm.model.bpmn.instance.ManualTask;
import org.camunda.bpm.model.bpmn.instance.MessageEventDefinition;
import org.camunda.bpm.model.bpmn.instance.MessageFlow;
import org.camunda.bpm.model.bpmn.instance.MultiInstanceLoopCharacteristics;
import org.camunda.bpm.model.bpmn.instance.ParallelGateway;
import org.camunda.bpm.model.bpmn.instance.Participant;
import org.camunda.bpm.model.bpmn.instance.ReceiveTask;
import org.camunda.bpm.model.bpmn.instance.ScriptTask;
import org.camunda.bpm.model.bpmn.instance.SendTask;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.SignalEventDefinition;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.Task;
import org.camunda.bpm.model.bpmn.instance.TerminateEventDefinition;
import org.camunda.bpm.model.bpmn.instance.TextAnnotation;
import org.camunda.bpm.model.bpmn.instance.ThrowEvent;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnDiagram;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnLabel;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.dc.Bounds;
import org.camunda.bpm.model.bpmn.instance.di.DiagramElement;
import org.camunda.bpm.model.bpmn.instance.di.Waypoint;

/**
 * Draws a BPMN model as SVG from its diagram interchange (the shapes and edges a modeller saved with it), in the
 * BPMN 2.0 notation: tasks as rounded rectangles with their type marker, events as circles (thin for start, thick
 * for end, double for intermediate and boundary, dashed when non-interrupting) with their trigger marker, gateways as
 * diamonds with their marker, sub-processes as rectangles (dotted for event sub-processes), sequence flows as
 * arrows (default flows marked), message flows dashed, associations dotted.
 *
 * <p>Activities the process is at now get a thick outline in a strong colour (and "current step" in their tooltip);
 * activities already passed get a light shading and a tick. Colour is never the only signal: callers also say in text
 * which steps are current. The output is self-contained SVG with a title and description for assistive technology;
 * every text from the model is escaped.
 */
public final class BpmnSvgRenderer {

    private static final double MARGIN = 24;
    private static final double FONT_SIZE = 12;
    private static final double CHAR_WIDTH = 6.0;
    private static final double LINE_HEIGHT = 14;
    private static final double EXTERNAL_LABEL_WIDTH = 110;

    private static final String INK = "#1f2329";
    private static final String PAPER = "#ffffff";
    private static final String CURRENT = "#0b57d0";
    private static final String CURRENT_FILL = "#e3edfd";
    private static final String DONE_FILL = "#edf3ee";
    private static final String DONE_MARK = "#1e6b34";

    private final Set<String> current;
    private final Set<String> done;
    private final StringBuilder svg = new StringBuilder(16_384);
    private final StringBuilder labels = new StringBuilder(4_096);
    private List<double[]> edgeEnds = List.of();

    private BpmnSvgRenderer(Set<String> current, Set<String> done) {
        this.current = current;
        this.done = done;
    }

    /**
     * @param current     ids of the activities the process is at now
     * @param done        ids of the activities it has passed
     * @param title       what the picture is, for assistive technology (for example "Process of report CSU-...")
     * @param description what it shows, for assistive technology (for example "Current step: ...")
     */
    public static String render(BpmnModelInstance model, Set<String> current, Set<String> done, String title,
                                String description) {
        return new BpmnSvgRenderer(Set.copyOf(current), Set.copyOf(done)).draw(model, title, description);
    }

    private String draw(BpmnModelInstance model, String title, String description) {
        List<BpmnShape> shapes = new ArrayList<>();
        List<BpmnEdge> edges = new ArrayList<>();
        Collection<BpmnDiagram> diagrams = model.getModelElementsByType(BpmnDiagram.class);
        if (!diagrams.isEmpty()) {
            // The first diagram is the one modellers see; a file may hold more (for example one per collaboration).
            for (DiagramElement element : diagrams.iterator().next().getBpmnPlane().getDiagramElements()) {
                if (element instanceof BpmnShape shape && shape.getBounds() != null) {
                    shapes.add(shape);
                } else if (element instanceof BpmnEdge edge && edge.getWaypoints().size() >= 2) {
                    edges.add(edge);
                }
            }
        }

        edgeEnds = edgeEnds(edges);
        double[] box = extent(shapes, edges, edgeEnds);
        double width = box[2] - box[0];
        double height = box[3] - box[1];
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" role=\"img\"")
                .append(" aria-labelledby=\"bpmn-diagram-title bpmn-diagram-desc\"")
                .append(" viewBox=\"").append(n(box[0])).append(' ').append(n(box[1])).append(' ')
                .append(n(width)).append(' ').append(n(height)).append('"')
                .append(" width=\"").append(n(width)).append("\" height=\"").append(n(height)).append('"')
                .append(" style=\"max-width:100%;height:auto\"")
                .append(" font-family=\"Arial, Helvetica, sans-serif\" font-size=\"").append(n(FONT_SIZE)).append("\">");
        svg.append("<title id=\"bpmn-diagram-title\">").append(escape(title)).append("</title>");
        svg.append("<desc id=\"bpmn-diagram-desc\">").append(escape(description)).append("</desc>");
        svg.append("<defs>")
                .append("<marker id=\"bpmn-arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"9\"")
                .append(" markerHeight=\"9\" markerUnits=\"userSpaceOnUse\" orient=\"auto\">")
                .append("<path d=\"M0,0 L10,5 L0,10 z\" fill=\"").append(INK).append("\"/></marker>")
                .append("<marker id=\"bpmn-open-arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"9\"")
                .append(" markerHeight=\"9\" markerUnits=\"userSpaceOnUse\" orient=\"auto\">")
                .append("<path d=\"M0,0 L10,5 L0,10 z\" fill=\"").append(PAPER).append("\" stroke=\"").append(INK)
                .append("\"/></marker>")
                .append("<marker id=\"bpmn-message-start\" viewBox=\"0 0 10 10\" refX=\"5\" refY=\"5\" markerWidth=\"8\"")
                .append(" markerHeight=\"8\" markerUnits=\"userSpaceOnUse\">")
                .append("<circle cx=\"5\" cy=\"5\" r=\"4\" fill=\"").append(PAPER).append("\" stroke=\"").append(INK)
                .append("\"/></marker>")
                .append("</defs>");
        svg.append("<rect x=\"").append(n(box[0])).append("\" y=\"").append(n(box[1])).append("\" width=\"")
                .append(n(width)).append("\" height=\"").append(n(height)).append("\" fill=\"").append(PAPER).append("\"/>");

        if (shapes.isEmpty()) {
            svg.append("<text x=\"").append(n(box[0] + MARGIN)).append("\" y=\"").append(n(box[1] + MARGIN + FONT_SIZE))
                    .append("\" fill=\"").append(INK).append("\">This process has no diagram layout.</text></svg>");
            return svg.toString();
        }

        // Containers first (largest at the back), then the flows, then everything else on top; labels last.
        List<BpmnShape> containers = shapes.stream().filter(BpmnSvgRenderer::isContainer)
                .sorted(Comparator.comparingDouble((BpmnShape s) -> area(s.getBounds())).reversed()).toList();
        List<BpmnShape> boundaryEvents = shapes.stream().filter(s -> s.getBpmnElement() instanceof BoundaryEvent).toList();
        List<BpmnShape> others = shapes.stream()
                .filter(s -> !isContainer(s) && !(s.getBpmnElement() instanceof BoundaryEvent)).toList();
        containers.forEach(this::shape);
        edges.forEach(this::edge);
        others.forEach(this::shape);
        boundaryEvents.forEach(this::shape);
        svg.append(labels);
        svg.append("</svg>");
        return svg.toString();
    }

    // Shapes

    private void shape(BpmnShape shape) {
        BaseElement element = shape.getBpmnElement();
        Bounds b = shape.getBounds();
        String id = element == null ? shape.getId() : element.getId();
        boolean isCurrent = element != null && current.contains(id);
        boolean isDone = element != null && !isCurrent && done.contains(id);
        svg.append("<g class=\"bpmn-shape").append(isCurrent ? " current" : "").append(isDone ? " done" : "")
                .append("\" data-element-id=\"").append(escape(id)).append("\">");
        svg.append("<title>").append(escape(tooltip(element, isCurrent, isDone))).append("</title>");
        if (element instanceof Participant || element instanceof Lane) {
            pool(b, name(element), element instanceof Participant);
        } else if (element instanceof SubProcess subProcess && shape.isExpanded()) {
            expandedSubProcess(b, subProcess, isCurrent, isDone);
        } else if (element instanceof Activity activity) {
            activity(b, activity, isCurrent, isDone);
        } else if (element instanceof Event event) {
            event(b, event, isCurrent, isDone);
            externalLabel(shape, name(element));
        } else if (element instanceof Gateway gateway) {
            gateway(b, gateway, shape.isMarkerVisible(), isCurrent);
            externalLabel(shape, name(element));
        } else if (element instanceof TextAnnotation annotation) {
            textAnnotation(b, annotation.getText() == null ? "" : annotation.getText().getTextContent());
        } else if (element instanceof DataObjectReference || element instanceof DataStoreReference) {
            dataShape(b, element instanceof DataStoreReference);
            externalLabel(shape, name(element));
        } else {
            rect(b, 0, "none", INK, 1, "4 3");
            text(b.getX() + 4, b.getY() + FONT_SIZE + 2, name(element), "start", b.getWidth() - 8, 3, false);
        }
        svg.append("</g>");
    }

    private void activity(Bounds b, Activity activity, boolean isCurrent, boolean isDone) {
        String fill = isCurrent ? CURRENT_FILL : isDone ? DONE_FILL : PAPER;
        String stroke = isCurrent ? CURRENT : INK;
        double strokeWidth = isCurrent ? 4.5 : activity instanceof CallActivity ? 3.5 : 1.5;
        rect(b, 10, fill, stroke, strokeWidth, null);
        if (activity instanceof SubProcess subProcess && subProcess.triggeredByEvent()) {
            rect(b, 10, "none", stroke, 1, "2 3");
        }
        taskMarker(activity, b.getX() + 6, b.getY() + 6);
        if (isDone) {
            tick(b.getX() + b.getWidth() - 16, b.getY() + 6);
        }
        boolean collapsed = activity instanceof SubProcess || activity instanceof CallActivity;
        loopMarker(activity, b, collapsed);
        if (collapsed) {
            double cx = b.getX() + b.getWidth() / 2;
            double y = b.getY() + b.getHeight() - 16;
            svg.append("<rect x=\"").append(n(cx - 6)).append("\" y=\"").append(n(y)).append("\" width=\"12\" height=\"12\"")
                    .append(" fill=\"none\" stroke=\"").append(INK).append("\"/>")
                    .append("<path d=\"M").append(n(cx - 3)).append(',').append(n(y + 6)).append(" H").append(n(cx + 3))
                    .append(" M").append(n(cx)).append(',').append(n(y + 3)).append(" V").append(n(y + 9))
                    .append("\" stroke=\"").append(INK).append("\"/>");
        }
        centredText(b, name(activity), isCurrent);
    }

    private void expandedSubProcess(Bounds b, SubProcess subProcess, boolean isCurrent, boolean isDone) {
        String stroke = isCurrent ? CURRENT : INK;
        String fill = isCurrent ? CURRENT_FILL : isDone ? DONE_FILL : PAPER;
        rect(b, 10, fill, stroke, isCurrent ? 4.5 : 1.5, subProcess.triggeredByEvent() ? "2 3" : null);
        String label = name(subProcess) + (subProcess.triggeredByEvent() ? " (event sub-process)" : "");
        text(b.getX() + 10, b.getY() + 18, label, "start", b.getWidth() - 20, 2, isCurrent);
        loopMarker(subProcess, b, false);
    }

    private void pool(Bounds b, String name, boolean participant) {
        rect(b, 0, "none", INK, participant ? 1.5 : 1, null);
        double bandX = b.getX() + 30;
        if (participant) {
            svg.append("<path d=\"M").append(n(bandX)).append(',').append(n(b.getY())).append(" V")
                    .append(n(b.getY() + b.getHeight())).append("\" stroke=\"").append(INK).append("\"/>");
        }
        double cx = b.getX() + 15;
        double cy = b.getY() + b.getHeight() / 2;
        svg.append("<text x=\"").append(n(cx)).append("\" y=\"").append(n(cy)).append("\" fill=\"").append(INK)
                .append("\" text-anchor=\"middle\" dominant-baseline=\"middle\" transform=\"rotate(-90 ")
                .append(n(cx)).append(' ').append(n(cy)).append(")\">").append(escape(name)).append("</text>");
    }

    private void event(Bounds b, Event event, boolean isCurrent, boolean isDone) {
        double cx = b.getX() + b.getWidth() / 2;
        double cy = b.getY() + b.getHeight() / 2;
        double r = Math.min(b.getWidth(), b.getHeight()) / 2;
        String stroke = isCurrent ? CURRENT : INK;
        String fill = isCurrent ? CURRENT_FILL : isDone ? DONE_FILL : PAPER;
        boolean nonInterrupting = (event instanceof StartEvent start && !start.isInterrupting())
                || (event instanceof BoundaryEvent boundary && !boundary.cancelActivity());
        String dash = nonInterrupting ? "4 3" : null;
        if (event instanceof EndEvent) {
            circle(cx, cy, r, fill, stroke, isCurrent ? 5 : 4, null);
        } else if (event instanceof StartEvent) {
            circle(cx, cy, r, fill, stroke, isCurrent ? 4 : 1.5, dash);
        } else {
            circle(cx, cy, r, fill, stroke, isCurrent ? 4 : 1.5, dash);
            circle(cx, cy, r - 3.5, "none", stroke, 1.2, dash);
        }
        Collection<EventDefinition> definitions = event instanceof CatchEvent catchEvent
                ? catchEvent.getEventDefinitions()
                : event instanceof ThrowEvent throwEvent ? throwEvent.getEventDefinitions() : List.of();
        boolean filled = event instanceof ThrowEvent;
        for (EventDefinition definition : definitions) {
            eventMarker(definition, cx, cy, r, filled);
            break;
        }
    }

    private void eventMarker(EventDefinition definition, double cx, double cy, double r, boolean filled) {
        String fill = filled ? INK : "none";
        double s = r / 18;
        if (definition instanceof MessageEventDefinition) {
            double w = 18 * s;
            double h = 12 * s;
            double x = cx - w / 2;
            double y = cy - h / 2;
            svg.append("<rect x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" width=\"").append(n(w))
                    .append("\" height=\"").append(n(h)).append("\" fill=\"").append(filled ? INK : PAPER)
                    .append("\" stroke=\"").append(INK).append("\"/>")
                    .append("<path d=\"M").append(n(x)).append(',').append(n(y)).append(" L").append(n(cx)).append(',')
                    .append(n(y + h * 0.55)).append(" L").append(n(x + w)).append(',').append(n(y))
                    .append("\" fill=\"none\" stroke=\"").append(filled ? PAPER : INK).append("\"/>");
        } else if (definition instanceof TimerEventDefinition) {
            double rr = 10 * s;
            circle(cx, cy, rr, PAPER, INK, 1.5, null);
            StringBuilder ticks = new StringBuilder();
            for (int i = 0; i < 12; i++) {
                double a = Math.PI * 2 * i / 12;
                ticks.append(" M").append(n(cx + Math.cos(a) * rr * 0.75)).append(',').append(n(cy + Math.sin(a) * rr * 0.75))
                        .append(" L").append(n(cx + Math.cos(a) * rr)).append(',').append(n(cy + Math.sin(a) * rr));
            }
            svg.append("<path d=\"").append(ticks.toString().trim()).append("\" stroke=\"").append(INK).append("\"/>")
                    .append("<path d=\"M").append(n(cx)).append(',').append(n(cy)).append(" L").append(n(cx + rr * 0.5))
                    .append(',').append(n(cy - rr * 0.3)).append(" M").append(n(cx)).append(',').append(n(cy))
                    .append(" L").append(n(cx)).append(',').append(n(cy - rr * 0.7)).append("\" stroke=\"").append(INK)
                    .append("\" stroke-width=\"1.5\"/>");
        } else if (definition instanceof TerminateEventDefinition) {
            circle(cx, cy, r * 0.55, INK, INK, 1, null);
        } else if (definition instanceof SignalEventDefinition) {
            double h = 14 * s;
            svg.append("<path d=\"M").append(n(cx)).append(',').append(n(cy - h * 0.6)).append(" L").append(n(cx + h * 0.6))
                    .append(',').append(n(cy + h * 0.45)).append(" L").append(n(cx - h * 0.6)).append(',').append(n(cy + h * 0.45))
                    .append(" z\" fill=\"").append(fill).append("\" stroke=\"").append(INK).append("\"/>");
        } else if (definition instanceof ErrorEventDefinition) {
            double k = 8 * s;
            svg.append("<path d=\"M").append(n(cx - k)).append(',').append(n(cy + k)).append(" L").append(n(cx - k * 0.4))
                    .append(',').append(n(cy - k)).append(" L").append(n(cx + k * 0.2)).append(',').append(n(cy + k * 0.2))
                    .append(" L").append(n(cx + k)).append(',').append(n(cy - k)).append(" L").append(n(cx + k * 0.4))
                    .append(',').append(n(cy + k)).append(" L").append(n(cx - k * 0.2)).append(',').append(n(cy - k * 0.2))
                    .append(" z\" fill=\"").append(fill).append("\" stroke=\"").append(INK).append("\"/>");
        } else if (definition instanceof EscalationEventDefinition) {
            double k = 8 * s;
            svg.append("<path d=\"M").append(n(cx)).append(',').append(n(cy - k)).append(" L").append(n(cx + k * 0.7))
                    .append(',').append(n(cy + k)).append(" L").append(n(cx)).append(',').append(n(cy + k * 0.3))
                    .append(" L").append(n(cx - k * 0.7)).append(',').append(n(cy + k)).append(" z\" fill=\"").append(fill)
                    .append("\" stroke=\"").append(INK).append("\"/>");
        } else if (definition instanceof ConditionalEventDefinition) {
            double w = 12 * s;
            double h = 14 * s;
            StringBuilder lines = new StringBuilder();
            for (int i = 1; i <= 4; i++) {
                double y = cy - h / 2 + h * i / 5;
                lines.append(" M").append(n(cx - w / 2 + 2)).append(',').append(n(y)).append(" H").append(n(cx + w / 2 - 2));
            }
            svg.append("<rect x=\"").append(n(cx - w / 2)).append("\" y=\"").append(n(cy - h / 2)).append("\" width=\"")
                    .append(n(w)).append("\" height=\"").append(n(h)).append("\" fill=\"").append(PAPER)
                    .append("\" stroke=\"").append(INK).append("\"/><path d=\"").append(lines.toString().trim())
                    .append("\" stroke=\"").append(INK).append("\"/>");
        } else if (definition instanceof LinkEventDefinition) {
            double k = 8 * s;
            svg.append("<path d=\"M").append(n(cx - k)).append(',').append(n(cy - k * 0.4)).append(" H").append(n(cx + k * 0.2))
                    .append(" V").append(n(cy - k)).append(" L").append(n(cx + k)).append(',').append(n(cy))
                    .append(" L").append(n(cx + k * 0.2)).append(',').append(n(cy + k)).append(" V").append(n(cy + k * 0.4))
                    .append(" H").append(n(cx - k)).append(" z\" fill=\"").append(fill).append("\" stroke=\"").append(INK)
                    .append("\"/>");
        }
    }

    private void gateway(Bounds b, Gateway gateway, boolean markerVisible, boolean isCurrent) {
        double x = b.getX();
        double y = b.getY();
        double w = b.getWidth();
        double h = b.getHeight();
        double cx = x + w / 2;
        double cy = y + h / 2;
        String stroke = isCurrent ? CURRENT : INK;
        svg.append("<path d=\"M").append(n(cx)).append(',').append(n(y)).append(" L").append(n(x + w)).append(',')
                .append(n(cy)).append(" L").append(n(cx)).append(',').append(n(y + h)).append(" L").append(n(x))
                .append(',').append(n(cy)).append(" z\" fill=\"").append(isCurrent ? CURRENT_FILL : PAPER)
                .append("\" stroke=\"").append(stroke).append("\" stroke-width=\"").append(isCurrent ? "4" : "1.5")
                .append("\"/>");
        double k = Math.min(w, h) * 0.22;
        if (gateway instanceof ParallelGateway) {
            svg.append("<path d=\"M").append(n(cx)).append(',').append(n(cy - k)).append(" V").append(n(cy + k))
                    .append(" M").append(n(cx - k)).append(',').append(n(cy)).append(" H").append(n(cx + k))
                    .append("\" stroke=\"").append(INK).append("\" stroke-width=\"4\"/>");
        } else if (gateway instanceof ExclusiveGateway && markerVisible) {
            double d = k * 0.8;
            svg.append("<path d=\"M").append(n(cx - d)).append(',').append(n(cy - d)).append(" L").append(n(cx + d))
                    .append(',').append(n(cy + d)).append(" M").append(n(cx + d)).append(',').append(n(cy - d))
                    .append(" L").append(n(cx - d)).append(',').append(n(cy + d)).append("\" stroke=\"").append(INK)
                    .append("\" stroke-width=\"4\"/>");
        } else if (gateway instanceof InclusiveGateway) {
            circle(cx, cy, k, "none", INK, 3, null);
        } else if (gateway instanceof EventBasedGateway) {
            circle(cx, cy, k * 1.1, "none", INK, 1, null);
            circle(cx, cy, k * 0.9, "none", INK, 1, null);
            StringBuilder pentagon = new StringBuilder("M");
            for (int i = 0; i < 5; i++) {
                double a = -Math.PI / 2 + Math.PI * 2 * i / 5;
                pentagon.append(i == 0 ? "" : " L").append(n(cx + Math.cos(a) * k * 0.6)).append(',')
                        .append(n(cy + Math.sin(a) * k * 0.6));
            }
            svg.append("<path d=\"").append(pentagon).append(" z\" fill=\"none\" stroke=\"").append(INK).append("\"/>");
        } else if (gateway instanceof ComplexGateway) {
            svg.append("<path d=\"M").append(n(cx)).append(',').append(n(cy - k)).append(" V").append(n(cy + k))
                    .append(" M").append(n(cx - k)).append(',').append(n(cy)).append(" H").append(n(cx + k))
                    .append(" M").append(n(cx - k * 0.7)).append(',').append(n(cy - k * 0.7)).append(" L")
                    .append(n(cx + k * 0.7)).append(',').append(n(cy + k * 0.7)).append(" M").append(n(cx + k * 0.7))
                    .append(',').append(n(cy - k * 0.7)).append(" L").append(n(cx - k * 0.7)).append(',')
                    .append(n(cy + k * 0.7)).append("\" stroke=\"").append(INK).append("\" stroke-width=\"3\"/>");
        }
    }

    private void textAnnotation(Bounds b, String text) {
        svg.append("<path d=\"M").append(n(b.getX() + 12)).append(',').append(n(b.getY())).append(" H").append(n(b.getX()))
                .append(" V").append(n(b.getY() + b.getHeight())).append(" H").append(n(b.getX() + 12))
                .append("\" fill=\"none\" stroke=\"").append(INK).append("\"/>");
        text(b.getX() + 6, b.getY() + FONT_SIZE + 4, text, "start", b.getWidth() - 10,
                (int) Math.max(1, (b.getHeight() - 4) / LINE_HEIGHT), false);
    }

    private void dataShape(Bounds b, boolean store) {
        double x = b.getX();
        double y = b.getY();
        double w = b.getWidth();
        double h = b.getHeight();
        if (store) {
            svg.append("<path d=\"M").append(n(x)).append(',').append(n(y + 6)).append(" V").append(n(y + h - 6))
                    .append(" Q").append(n(x + w / 2)).append(',').append(n(y + h + 6)).append(' ').append(n(x + w)).append(',')
                    .append(n(y + h - 6)).append(" V").append(n(y + 6)).append(" Q").append(n(x + w / 2)).append(',')
                    .append(n(y - 6)).append(' ').append(n(x)).append(',').append(n(y + 6)).append(" Q").append(n(x + w / 2))
                    .append(',').append(n(y + 18)).append(' ').append(n(x + w)).append(',').append(n(y + 6))
                    .append("\" fill=\"").append(PAPER).append("\" stroke=\"").append(INK).append("\"/>");
        } else {
            double fold = Math.min(12, w / 3);
            svg.append("<path d=\"M").append(n(x)).append(',').append(n(y)).append(" H").append(n(x + w - fold))
                    .append(" L").append(n(x + w)).append(',').append(n(y + fold)).append(" V").append(n(y + h))
                    .append(" H").append(n(x)).append(" z M").append(n(x + w - fold)).append(',').append(n(y))
                    .append(" V").append(n(y + fold)).append(" H").append(n(x + w)).append("\" fill=\"").append(PAPER)
                    .append("\" stroke=\"").append(INK).append("\"/>");
        }
    }

    private void taskMarker(Activity activity, double x, double y) {
        if (activity instanceof UserTask) {
            svg.append("<circle cx=\"").append(n(x + 7)).append("\" cy=\"").append(n(y + 5)).append("\" r=\"3.5\" fill=\"none\"")
                    .append(" stroke=\"").append(INK).append("\"/><path d=\"M").append(n(x + 1)).append(',').append(n(y + 16))
                    .append(" Q").append(n(x + 1)).append(',').append(n(y + 9)).append(' ').append(n(x + 7)).append(',')
                    .append(n(y + 9)).append(" Q").append(n(x + 13)).append(',').append(n(y + 9)).append(' ').append(n(x + 13))
                    .append(',').append(n(y + 16)).append(" z\" fill=\"none\" stroke=\"").append(INK).append("\"/>");
        } else if (activity instanceof ReceiveTask || activity instanceof SendTask) {
            boolean send = activity instanceof SendTask;
            svg.append("<rect x=\"").append(n(x)).append("\" y=\"").append(n(y + 2)).append("\" width=\"16\" height=\"11\"")
                    .append(" fill=\"").append(send ? INK : PAPER).append("\" stroke=\"").append(INK).append("\"/>")
                    .append("<path d=\"M").append(n(x)).append(',').append(n(y + 2)).append(" L").append(n(x + 8)).append(',')
                    .append(n(y + 8)).append(" L").append(n(x + 16)).append(',').append(n(y + 2)).append("\" fill=\"none\"")
                    .append(" stroke=\"").append(send ? PAPER : INK).append("\"/>");
        } else if (activity instanceof ServiceTask) {
            circle(x + 8, y + 8, 5, PAPER, INK, 1.5, "2.5 1.5");
            circle(x + 8, y + 8, 2, "none", INK, 1, null);
        } else if (activity instanceof ScriptTask) {
            svg.append("<path d=\"M").append(n(x + 3)).append(',').append(n(y)).append(" H").append(n(x + 15))
                    .append(" Q").append(n(x + 11)).append(',').append(n(y + 8)).append(' ').append(n(x + 15)).append(',')
                    .append(n(y + 16)).append(" H").append(n(x + 3)).append(" Q").append(n(x + 7)).append(',').append(n(y + 8))
                    .append(' ').append(n(x + 3)).append(',').append(n(y)).append(" z\" fill=\"none\" stroke=\"").append(INK)
                    .append("\"/>");
        } else if (activity instanceof BusinessRuleTask) {
            svg.append("<rect x=\"").append(n(x)).append("\" y=\"").append(n(y + 2)).append("\" width=\"16\" height=\"12\"")
                    .append(" fill=\"none\" stroke=\"").append(INK).append("\"/><path d=\"M").append(n(x)).append(',')
                    .append(n(y + 6)).append(" H").append(n(x + 16)).append(" M").append(n(x + 5)).append(',').append(n(y + 2))
                    .append(" V").append(n(y + 14)).append("\" stroke=\"").append(INK).append("\"/>");
        } else if (activity instanceof ManualTask) {
            svg.append("<path d=\"M").append(n(x)).append(',').append(n(y + 8)).append(" H").append(n(x + 14))
                    .append(" M").append(n(x)).append(',').append(n(y + 11)).append(" H").append(n(x + 12))
                    .append(" M").append(n(x)).append(',').append(n(y + 14)).append(" H").append(n(x + 10))
                    .append("\" stroke=\"").append(INK).append("\"/>");
        }
    }

    private void loopMarker(Activity activity, Bounds b, boolean besideCollapseMarker) {
        double cx = b.getX() + b.getWidth() / 2 + (besideCollapseMarker ? 16 : 0);
        double y = b.getY() + b.getHeight() - 16;
        if (activity.getLoopCharacteristics() instanceof MultiInstanceLoopCharacteristics multi) {
            StringBuilder bars = new StringBuilder();
            for (int i = -1; i <= 1; i++) {
                if (multi.isSequential()) {
                    bars.append(" M").append(n(cx - 6)).append(',').append(n(y + 6 + i * 4)).append(" H").append(n(cx + 6));
                } else {
                    bars.append(" M").append(n(cx + i * 4)).append(',').append(n(y)).append(" V").append(n(y + 12));
                }
            }
            svg.append("<path d=\"").append(bars.toString().trim()).append("\" stroke=\"").append(INK)
                    .append("\" stroke-width=\"2\"/>");
        }
    }

    private void tick(double x, double y) {
        svg.append("<path d=\"M").append(n(x)).append(',').append(n(y + 5)).append(" L").append(n(x + 4)).append(',')
                .append(n(y + 9)).append(" L").append(n(x + 10)).append(',').append(n(y)).append("\" fill=\"none\" stroke=\"")
                .append(DONE_MARK).append("\" stroke-width=\"2\"/>");
    }

    // Edges

    private void edge(BpmnEdge edge) {
        BaseElement element = edge.getBpmnElement();
        List<double[]> points = edge.getWaypoints().stream()
                .map((Waypoint w) -> new double[] {w.getX(), w.getY()}).toList();
        StringBuilder line = new StringBuilder();
        for (double[] p : points) {
            line.append(line.isEmpty() ? "" : " ").append(n(p[0])).append(',').append(n(p[1]));
        }
        String id = element == null ? edge.getId() : element.getId();
        svg.append("<g class=\"bpmn-edge\" data-element-id=\"").append(escape(id)).append("\">");
        svg.append("<polyline points=\"").append(line).append("\" fill=\"none\" stroke=\"").append(INK).append('"');
        if (element instanceof MessageFlow) {
            svg.append(" stroke-width=\"1.5\" stroke-dasharray=\"6 4\" marker-start=\"url(#bpmn-message-start)\"")
                    .append(" marker-end=\"url(#bpmn-open-arrow)\"/>");
        } else if (element instanceof Association) {
            svg.append(" stroke-width=\"1\" stroke-dasharray=\"2 3\"/>");
        } else {
            svg.append(" stroke-width=\"1.5\" stroke-linejoin=\"round\" marker-end=\"url(#bpmn-arrow)\"/>");
        }
        if (element instanceof SequenceFlow flow) {
            double[] a = points.get(0);
            double[] b = points.get(1);
            if (isDefaultFlow(flow)) {
                // A short slash across the start of the flow, as the notation marks a default flow.
                double[] p = along(a, b, 10);
                double[] u = unit(a, b);
                svg.append("<path d=\"M").append(n(p[0] - u[1] * 6 - u[0] * 3)).append(',').append(n(p[1] + u[0] * 6 - u[1] * 3))
                        .append(" L").append(n(p[0] + u[1] * 6 + u[0] * 3)).append(',').append(n(p[1] - u[0] * 6 + u[1] * 3))
                        .append("\" stroke=\"").append(INK).append("\" stroke-width=\"1.5\"/>");
            } else if (flow.getConditionExpression() != null && flow.getSource() instanceof Activity) {
                double[] u = unit(a, b);
                double[] tip = along(a, b, 16);
                double[] mid = along(a, b, 8);
                svg.append("<path d=\"M").append(n(a[0])).append(',').append(n(a[1])).append(" L")
                        .append(n(mid[0] - u[1] * 5)).append(',').append(n(mid[1] + u[0] * 5)).append(" L").append(n(tip[0]))
                        .append(',').append(n(tip[1])).append(" L").append(n(mid[0] + u[1] * 5)).append(',')
                        .append(n(mid[1] - u[0] * 5)).append(" z\" fill=\"").append(PAPER).append("\" stroke=\"").append(INK)
                        .append("\"/>");
            }
        }
        svg.append("</g>");
        String name = element == null ? "" : name(element);
        if (!name.isBlank()) {
            BpmnLabel label = edge.getBpmnLabel();
            if (label != null && label.getBounds() != null) {
                Bounds lb = label.getBounds();
                labelText(lb.getX() + lb.getWidth() / 2, lb.getY() + FONT_SIZE, name, "middle", Math.max(lb.getWidth(), 40));
            } else {
                double[] a = points.get(0);
                double[] b = points.get(1);
                double[] p = along(a, b, Math.min(22, distance(a, b) / 2));
                boolean vertical = Math.abs(b[0] - a[0]) < Math.abs(b[1] - a[1]);
                labelText(p[0] + (vertical ? 6 : 0), p[1] + (vertical ? 4 : -6), name, "start", EXTERNAL_LABEL_WIDTH);
            }
        }
    }

    private static boolean isDefaultFlow(SequenceFlow flow) {
        FlowNode source = flow.getSource();
        SequenceFlow defaultFlow = null;
        if (source instanceof ExclusiveGateway g) {
            defaultFlow = g.getDefault();
        } else if (source instanceof InclusiveGateway g) {
            defaultFlow = g.getDefault();
        } else if (source instanceof ComplexGateway g) {
            defaultFlow = g.getDefault();
        } else if (source instanceof Activity activity) {
            defaultFlow = activity.getDefault();
        }
        return defaultFlow != null && defaultFlow.getId().equals(flow.getId());
    }

    // Labels and text

    private void externalLabel(BpmnShape shape, String name) {
        if (!name.isBlank()) {
            LabelPlacement placement = placeLabel(shape, name, edgeEnds);
            labelText(placement.x(), placement.y(), placement.lines(), placement.anchor());
        }
    }

    /** Where an outside label goes, with its text broken into lines. */
    record LabelPlacement(double x, double y, String anchor, double width, List<String> lines) {
        double left() {
            return switch (anchor) {
                case "middle" -> x - width / 2;
                case "end" -> x - width;
                default -> x;
            };
        }

        double top() {
            return y - FONT_SIZE;
        }

        double bottom() {
            return y + (lines.size() - 1) * LINE_HEIGHT + 4;
        }
    }

    /**
     * The label's saved bounds when the modeller saved some; otherwise the first side of the shape that no flow
     * starts or ends at: below, above (not for boundary events, which sit on their activity), else below to the left.
     */
    static LabelPlacement placeLabel(BpmnShape shape, String name, List<double[]> edgeEnds) {
        BpmnLabel label = shape.getBpmnLabel();
        if (label != null && label.getBounds() != null) {
            Bounds lb = label.getBounds();
            double width = Math.max(lb.getWidth(), 60);
            return new LabelPlacement(lb.getX() + lb.getWidth() / 2, lb.getY() + FONT_SIZE, "middle", width,
                    wrap(name, width, 4));
        }
        Bounds b = shape.getBounds();
        double cx = b.getX() + b.getWidth() / 2;
        double top = b.getY();
        double bottom = b.getY() + b.getHeight();
        List<String> lines = wrap(name, EXTERNAL_LABEL_WIDTH, 4);
        boolean bottomUsed = edgeEnds.stream().anyMatch(p -> Math.abs(p[0] - cx) < b.getWidth() / 2
                && Math.abs(p[1] - bottom) <= 3);
        boolean topUsed = shape.getBpmnElement() instanceof BoundaryEvent
                || edgeEnds.stream().anyMatch(p -> Math.abs(p[0] - cx) < b.getWidth() / 2 && Math.abs(p[1] - top) <= 3);
        if (!bottomUsed) {
            return new LabelPlacement(cx, bottom + 4 + FONT_SIZE, "middle", EXTERNAL_LABEL_WIDTH, lines);
        }
        if (!topUsed) {
            return new LabelPlacement(cx, top - 6 - (lines.size() - 1) * LINE_HEIGHT, "middle", EXTERNAL_LABEL_WIDTH,
                    lines);
        }
        // Below to the left: flows enter and leave at the sides' middle, so under the shape's corner stays clear.
        double width = EXTERNAL_LABEL_WIDTH * 0.8;
        return new LabelPlacement(b.getX() - 2, bottom + FONT_SIZE, "end", width, wrap(name, width, 4));
    }

    /** Labels outside shapes go on top of everything, on a white halo so that crossing lines do not hide them. */
    private void labelText(double x, double y, String text, String anchor, double maxWidth) {
        labelText(x, y, wrap(text, maxWidth, 4), anchor);
    }

    private void labelText(double x, double y, List<String> lines, String anchor) {
        labels.append("<text x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" text-anchor=\"").append(anchor)
                .append("\" fill=\"").append(INK).append("\" stroke=\"").append(PAPER)
                .append("\" stroke-width=\"3\" paint-order=\"stroke\" stroke-linejoin=\"round\">");
        for (int i = 0; i < lines.size(); i++) {
            labels.append("<tspan x=\"").append(n(x)).append("\" dy=\"").append(i == 0 ? "0" : n(LINE_HEIGHT)).append("\">")
                    .append(escape(lines.get(i))).append("</tspan>");
        }
        labels.append("</text>");
    }

    private void centredText(Bounds b, String text, boolean bold) {
        // The text sits between the type marker at the top left and the bottom edge.
        double areaTop = b.getY() + 18;
        double areaBottom = b.getY() + b.getHeight() - 4;
        List<String> lines = wrap(text, b.getWidth() - 12, (int) Math.max(1, (areaBottom - areaTop) / LINE_HEIGHT));
        double cx = b.getX() + b.getWidth() / 2;
        double middle = lines.size() <= 2 ? b.getY() + b.getHeight() / 2 : (areaTop + areaBottom) / 2;
        double firstBaseline = middle - (lines.size() - 1) * LINE_HEIGHT / 2 + FONT_SIZE * 0.35;
        svg.append("<text x=\"").append(n(cx)).append("\" y=\"").append(n(firstBaseline))
                .append("\" text-anchor=\"middle\" fill=\"").append(INK).append('"')
                .append(bold ? " font-weight=\"bold\"" : "").append('>');
        for (int i = 0; i < lines.size(); i++) {
            svg.append("<tspan x=\"").append(n(cx)).append("\" dy=\"").append(i == 0 ? "0" : n(LINE_HEIGHT)).append("\">")
                    .append(escape(lines.get(i))).append("</tspan>");
        }
        svg.append("</text>");
    }

    private void text(double x, double y, String text, String anchor, double maxWidth, int maxLines, boolean bold) {
        List<String> lines = wrap(text, maxWidth, maxLines);
        svg.append("<text x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" text-anchor=\"").append(anchor)
                .append("\" fill=\"").append(INK).append('"').append(bold ? " font-weight=\"bold\"" : "").append('>');
        for (int i = 0; i < lines.size(); i++) {
            svg.append("<tspan x=\"").append(n(x)).append("\" dy=\"").append(i == 0 ? "0" : n(LINE_HEIGHT)).append("\">")
                    .append(escape(lines.get(i))).append("</tspan>");
        }
        svg.append("</text>");
    }

    /** Breaks text into lines of at most {@code maxWidth} (estimated), at most {@code maxLines}, the last one cut short. */
    static List<String> wrap(String text, double maxWidth, int maxLines) {
        List<String> lines = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return lines;
        }
        int perLine = Math.max(4, (int) (maxWidth / CHAR_WIDTH));
        StringBuilder line = new StringBuilder();
        for (String word : text.trim().split("\\s+")) {
            while (word.length() > perLine) {
                if (!line.isEmpty()) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                lines.add(word.substring(0, perLine - 1) + "-");
                word = word.substring(perLine - 1);
            }
            if (line.isEmpty()) {
                line.append(word);
            } else if (line.length() + 1 + word.length() <= perLine) {
                line.append(' ').append(word);
            } else {
                lines.add(line.toString());
                line.setLength(0);
                line.append(word);
            }
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        if (lines.size() > maxLines) {
            List<String> cut = new ArrayList<>(lines.subList(0, maxLines));
            String last = cut.get(maxLines - 1);
            cut.set(maxLines - 1, (last.length() >= perLine ? last.substring(0, perLine - 1) : last) + "\u2026");
            return cut;
        }
        return lines;
    }

    // Primitives

    private void rect(Bounds b, double radius, String fill, String stroke, double strokeWidth, String dash) {
        svg.append("<rect x=\"").append(n(b.getX())).append("\" y=\"").append(n(b.getY())).append("\" width=\"")
                .append(n(b.getWidth())).append("\" height=\"").append(n(b.getHeight())).append('"');
        if (radius > 0) {
            svg.append(" rx=\"").append(n(radius)).append('"');
        }
        svg.append(" fill=\"").append(fill).append("\" stroke=\"").append(stroke).append("\" stroke-width=\"")
                .append(n(strokeWidth)).append('"');
        if (dash != null) {
            svg.append(" stroke-dasharray=\"").append(dash).append('"');
        }
        svg.append("/>");
    }

    private void circle(double cx, double cy, double r, String fill, String stroke, double strokeWidth, String dash) {
        svg.append("<circle cx=\"").append(n(cx)).append("\" cy=\"").append(n(cy)).append("\" r=\"").append(n(r))
                .append("\" fill=\"").append(fill).append("\" stroke=\"").append(stroke).append("\" stroke-width=\"")
                .append(n(strokeWidth)).append('"');
        if (dash != null) {
            svg.append(" stroke-dasharray=\"").append(dash).append('"');
        }
        svg.append("/>");
    }

    private static List<double[]> edgeEnds(List<BpmnEdge> edges) {
        List<double[]> ends = new ArrayList<>();
        for (BpmnEdge edge : edges) {
            List<Waypoint> points = new ArrayList<>(edge.getWaypoints());
            ends.add(new double[] {points.get(0).getX(), points.get(0).getY()});
            ends.add(new double[] {points.get(points.size() - 1).getX(), points.get(points.size() - 1).getY()});
        }
        return ends;
    }

    private static double[] extent(List<BpmnShape> shapes, List<BpmnEdge> edges, List<double[]> edgeEnds) {
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (BpmnShape shape : shapes) {
            Bounds b = shape.getBounds();
            minX = Math.min(minX, b.getX());
            minY = Math.min(minY, b.getY());
            maxX = Math.max(maxX, b.getX() + b.getWidth());
            maxY = Math.max(maxY, b.getY() + b.getHeight());
            BaseElement element = shape.getBpmnElement();
            if ((element instanceof Event || element instanceof Gateway || element instanceof DataObjectReference
                    || element instanceof DataStoreReference) && !name(element).isBlank()) {
                LabelPlacement label = placeLabel(shape, name(element), edgeEnds);
                minX = Math.min(minX, label.left());
                maxX = Math.max(maxX, label.left() + label.width());
                minY = Math.min(minY, label.top());
                maxY = Math.max(maxY, label.bottom());
            }
        }
        for (BpmnEdge edge : edges) {
            for (Waypoint w : edge.getWaypoints()) {
                minX = Math.min(minX, w.getX());
                minY = Math.min(minY, w.getY());
                maxX = Math.max(maxX, w.getX());
                maxY = Math.max(maxY, w.getY());
            }
            if (edge.getBpmnLabel() != null && edge.getBpmnLabel().getBounds() != null) {
                Bounds lb = edge.getBpmnLabel().getBounds();
                maxX = Math.max(maxX, lb.getX() + lb.getWidth());
                maxY = Math.max(maxY, lb.getY() + lb.getHeight());
            }
        }
        if (minX == Double.MAX_VALUE) {
            return new double[] {0, 0, 320, 60};
        }
        return new double[] {Math.floor(minX - MARGIN), Math.floor(minY - MARGIN), Math.ceil(maxX + MARGIN),
                Math.ceil(maxY + MARGIN)};
    }

    private static boolean isContainer(BpmnShape shape) {
        BaseElement element = shape.getBpmnElement();
        return element instanceof Participant || element instanceof Lane
                || (element instanceof SubProcess && shape.isExpanded());
    }

    private static double area(Bounds b) {
        return b.getWidth() * b.getHeight();
    }

    private static String tooltip(BaseElement element, boolean isCurrent, boolean isDone) {
        String name = name(element);
        String kind = kind(element);
        String text = name.isBlank() ? kind : name + " (" + kind + ")";
        return isCurrent ? text + ": current step" : isDone ? text + ": done" : text;
    }

    private static String kind(BaseElement element) {
        if (element == null) {
            return "element";
        }
        if (element instanceof UserTask) return "user task";
        if (element instanceof ReceiveTask) return "receive task";
        if (element instanceof SendTask) return "send task";
        if (element instanceof ServiceTask) return "service task";
        if (element instanceof ScriptTask) return "script task";
        if (element instanceof BusinessRuleTask) return "business rule task";
        if (element instanceof ManualTask) return "manual task";
        if (element instanceof Task) return "task";
        if (element instanceof SubProcess subProcess) return subProcess.triggeredByEvent() ? "event sub-process" : "sub-process";
        if (element instanceof CallActivity) return "call activity";
        if (element instanceof StartEvent) return "start event";
        if (element instanceof EndEvent) return "end event";
        if (element instanceof BoundaryEvent) return "boundary event";
        if (element instanceof IntermediateCatchEvent) return "intermediate event";
        if (element instanceof Event) return "event";
        if (element instanceof ParallelGateway) return "parallel gateway";
        if (element instanceof ExclusiveGateway) return "exclusive gateway";
        if (element instanceof InclusiveGateway) return "inclusive gateway";
        if (element instanceof EventBasedGateway) return "event-based gateway";
        if (element instanceof Gateway) return "gateway";
        if (element instanceof Participant) return "pool";
        if (element instanceof Lane) return "lane";
        return element.getElementType().getTypeName();
    }

    private static String name(BaseElement element) {
        if (element instanceof FlowElement flowElement && flowElement.getName() != null) {
            return flowElement.getName();
        }
        if (element instanceof Participant participant && participant.getName() != null) {
            return participant.getName();
        }
        if (element instanceof Lane lane && lane.getName() != null) {
            return lane.getName();
        }
        return "";
    }

    private static double[] unit(double[] a, double[] b) {
        double d = distance(a, b);
        return d == 0 ? new double[] {1, 0} : new double[] {(b[0] - a[0]) / d, (b[1] - a[1]) / d};
    }

    private static double[] along(double[] a, double[] b, double length) {
        double[] u = unit(a, b);
        return new double[] {a[0] + u[0] * length, a[1] + u[1] * length};
    }

    private static double distance(double[] a, double[] b) {
        return Math.hypot(b[0] - a[0], b[1] - a[1]);
    }

    private static String n(double value) {
        if (value == Math.rint(value)) {
            return Long.toString((long) value);
        }
        return String.format(Locale.ROOT, "%.1f", value);
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (c >= 0x20 || c == '\n' || c == '\t') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
