package org.csucasework.actions.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.assertj.core.api.SoftAssertions;
import org.csucasework.actions.ActionSubprocess;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The action event sub-process is copied into every process that carries actions ({@link ActionSubprocess}): one
 * {@code ActionService} drives it by its ids, so a copy that drifts (a listener dropped, a timer changed) would break
 * actions on one kind of case only. Each copy must equal the daily tasking's, element for element and attribute for
 * attribute (comments and layout aside); the message that starts it is compared by its name, since each file
 * gives its messages ids of its own.
 */
class ActionSubprocessIdenticalTest {

    private static final Path MODELS = Path.of("bpmn");
    private static final String BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL";

    @Test
    void everyProcessWithActionsCarriesTheSameActionSubprocessAsTheDailyTasking() throws Exception {
        Map<String, String> copies = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(MODELS)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".bpmn")).sorted().toList()) {
                Document model = parse(file);
                Element subprocess = byId(model, "subProcess", ActionSubprocess.SUBPROCESS);
                if (subprocess != null) {
                    copies.put(file.getFileName().toString(), canonical(model, subprocess));
                }
            }
        }

        assertThat(copies).containsOnlyKeys("csu-daily-tasking.bpmn", "task-and-finish-group.bpmn",
                "community-marac-referral.bpmn", "asb-case-review.bpmn");
        String original = copies.get("csu-daily-tasking.bpmn");
        assertThat(original).contains("messageRef=\"" + ActionSubprocess.MESSAGE_ACTION_ASSIGNED + "\"", "completeAction", "${actionTaskCreated}", "${keepActionVariables}",
                "${actionDue}", "chaseOverdueAction", "terminateEventDefinition");
        SoftAssertions.assertSoftly(softly -> copies.forEach((file, copy) ->
                softly.assertThat(copy).as("the action sub-process of " + file).isEqualTo(original)));
    }

    private static Document parse(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(file.toFile());
    }

    private static Element byId(Document model, String localName, String id) {
        NodeList found = model.getElementsByTagNameNS(BPMN, localName);
        for (int i = 0; i < found.getLength(); i++) {
            Element element = (Element) found.item(i);
            if (id.equals(element.getAttribute("id"))) {
                return element;
            }
        }
        return null;
    }

    /**
     * The element as text: names, attributes in order of name (a message by its name), children, and text; no
     * comments, no layout.
     */
    private static String canonical(Document model, Node node) {
        StringBuilder out = new StringBuilder();
        write(model, node, out);
        return out.toString();
    }

    private static void write(Document model, Node node, StringBuilder out) {
        if (node.getNodeType() == Node.TEXT_NODE || node.getNodeType() == Node.CDATA_SECTION_NODE) {
            String text = node.getNodeValue().strip();
            if (!text.isEmpty()) {
                out.append(text);
            }
            return;
        }
        if (node.getNodeType() != Node.ELEMENT_NODE) {
            return;
        }
        out.append('<').append(node.getLocalName());
        Map<String, String> attributes = new TreeMap<>();
        NamedNodeMap all = node.getAttributes();
        for (int i = 0; i < all.getLength(); i++) {
            Node attribute = all.item(i);
            if (!"xmlns".equals(attribute.getPrefix()) && !"xmlns".equals(attribute.getNodeName())) {
                String value = attribute.getNodeValue();
                if ("messageRef".equals(attribute.getLocalName())) {
                    Element message = byId(model, "message", value);
                    value = message == null ? "(no message " + value + ")" : message.getAttribute("name");
                }
                attributes.put(attribute.getLocalName(), value);
            }
        }
        attributes.forEach((name, value) -> out.append(' ').append(name).append("=\"").append(value).append('"'));
        out.append('>');
        List<Node> children = new ArrayList<>();
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            children.add(child);
        }
        children.forEach(child -> write(model, child, out));
        out.append("</").append(node.getLocalName()).append('>');
    }
}
