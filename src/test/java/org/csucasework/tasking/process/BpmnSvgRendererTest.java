package org.csucasework.tasking.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.csucasework.tasking.DailyTaskingProcess;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class BpmnSvgRendererTest {

    private static BpmnModelInstance dailyTasking() {
        InputStream bpmn = BpmnSvgRendererTest.class.getResourceAsStream("/csu-daily-tasking.bpmn");
        assertThat(bpmn).as("the model is on the classpath").isNotNull();
        return Bpmn.readModelFromStream(bpmn);
    }

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<Element> groups(Document svg, String cssClass) {
        List<Element> found = new ArrayList<>();
        NodeList all = svg.getElementsByTagNameNS("http://www.w3.org/2000/svg", "g");
        for (int i = 0; i < all.getLength(); i++) {
            Element g = (Element) all.item(i);
            if (List.of(g.getAttribute("class").split(" ")).contains(cssClass)) {
                found.add(g);
            }
        }
        return found;
    }

    private static Element shape(Document svg, String elementId) {
        return groups(svg, "bpmn-shape").stream().filter(g -> g.getAttribute("data-element-id").equals(elementId))
                .findFirst().orElseThrow(() -> new AssertionError("no shape for " + elementId));
    }

    @Test
    void drawsEveryShapeAndFlowOfTheDeployedModelAsWellFormedSvg() throws Exception {
        BpmnModelInstance model = dailyTasking();
        String svg = BpmnSvgRenderer.render(model, Set.of(), Set.of(), "Report handling", "No current step");

        Document document = parse(svg);
        Element root = document.getDocumentElement();
        assertThat(root.getLocalName()).isEqualTo("svg");
        assertThat(root.getAttribute("role")).isEqualTo("img");
        assertThat(root.getAttribute("viewBox")).matches("-?\\d+ -?\\d+ \\d+ \\d+");
        assertThat(document.getElementsByTagNameNS("http://www.w3.org/2000/svg", "title").item(0).getTextContent())
                .isEqualTo("Report handling");
        assertThat(groups(document, "bpmn-shape")).hasSize(model.getModelElementsByType(BpmnShape.class).size());
        assertThat(groups(document, "bpmn-edge")).hasSize(model.getModelElementsByType(BpmnEdge.class).size());
        assertThat(svg).contains("Review at daily tasking", "Wait until all actions are done", "Action");
    }

    @Test
    void drawsEachKindInItsNotation() throws Exception {
        Document svg = parse(BpmnSvgRenderer.render(dailyTasking(), Set.of(), Set.of(), "t", "d"));

        assertThat(shape(svg, DailyTaskingProcess.REVIEW_AT_TASKING).getElementsByTagNameNS("*", "rect").item(0)
                .getAttributes().getNamedItem("rx").getNodeValue()).as("a task is a rounded rectangle").isEqualTo("10");
        assertThat(shape(svg, "reportLogged").getElementsByTagNameNS("*", "circle").getLength())
                .as("a start event is one circle").isEqualTo(1);
        Element end = (Element) shape(svg, "reportClosed").getElementsByTagNameNS("*", "circle").item(0);
        assertThat(end.getAttribute("stroke-width")).as("an end event has a thick border").isEqualTo("4");
        assertThat(shape(svg, DailyTaskingProcess.ACTION_OVERDUE).getElementsByTagNameNS("*", "circle").getLength())
                .as("a boundary timer: double circle and a clock").isGreaterThanOrEqualTo(3);
        Element overdue = (Element) shape(svg, DailyTaskingProcess.ACTION_OVERDUE).getElementsByTagNameNS("*", "circle").item(0);
        assertThat(overdue.getAttribute("stroke-dasharray")).as("non-interrupting").isNotEmpty();
        assertThat(shape(svg, "actionsOpen").getElementsByTagNameNS("*", "path").getLength())
                .as("a gateway is a diamond with its marker").isEqualTo(2);
        Element subProcess = (Element) shape(svg, DailyTaskingProcess.ACTION_SUBPROCESS).getElementsByTagNameNS("*", "rect").item(0);
        assertThat(subProcess.getAttribute("stroke-dasharray")).as("an event sub-process is dotted").isNotEmpty();
    }

    @Test
    void highlightsTheCurrentStepsWithAThickOutlineAndShadesTheStepsDone() throws Exception {
        Document svg = parse(BpmnSvgRenderer.render(dailyTasking(), Set.of(DailyTaskingProcess.REVIEW_AT_TASKING),
                Set.of("reportLogged"), "t", "Current step: Review at daily tasking"));

        Element current = shape(svg, DailyTaskingProcess.REVIEW_AT_TASKING);
        assertThat(current.getAttribute("class")).contains("current");
        Element outline = (Element) current.getElementsByTagNameNS("*", "rect").item(0);
        assertThat(Double.parseDouble(outline.getAttribute("stroke-width"))).isGreaterThanOrEqualTo(4);
        assertThat(current.getElementsByTagNameNS("*", "title").item(0).getTextContent()).endsWith("current step");
        assertThat(shape(svg, "reportLogged").getAttribute("class")).contains("done");
        assertThat(shape(svg, DailyTaskingProcess.UPDATE_REPORTER).getAttribute("class")).isEqualTo("bpmn-shape");
        assertThat(groups(svg, "current")).hasSize(1);
    }

    @Test
    void escapesTheModelsTexts() throws Exception {
        BpmnModelInstance model = Bpmn.createExecutableProcess("p").name("P")
                .startEvent("start").name("A <b>bold</b> & \"quoted\" start")
                .userTask("task").name("Check <script>alert(1)</script>")
                .endEvent("end")
                .done();

        String svg = BpmnSvgRenderer.render(model, Set.of("task"), Set.of(), "<title>", "</desc>");

        Document document = parse(svg);
        assertThat(svg).doesNotContain("<script>", "<b>").contains("&lt;script&gt;");
        assertThat(document.getElementsByTagNameNS("*", "script").getLength()).isZero();
        assertThat(shape(document, "task").getAttribute("class")).contains("current");
    }

    @Test
    void wrapsLongNamesIntoLines() {
        assertThat(BpmnSvgRenderer.wrap("Wait until all actions are done", 100, 4))
                .containsExactly("Wait until all", "actions are done");
        assertThat(BpmnSvgRenderer.wrap("one two three four five six seven eight nine ten", 40, 2)).hasSize(2)
                .last().asString().endsWith("\u2026");
    }
}
