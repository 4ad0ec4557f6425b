package org.csucasework.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The process diagram as a user sees it: bpmn-js, served by the application itself, draws the deployed model in the
 * page, the steps the process is at now carry the "current" marker, and the page stays free of serious WCAG 2.2 AA
 * violations with the drawing in it.
 */
@BrowserTest
class ProcessDiagramBrowserIT {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/reports/{report}", "/task-groups/{group}", "/escalation/case/{case}"})
    void theRecordsProcessIsDrawnWithItsCurrentStepMarked(String page, Browser browser) {
        browser.signIn("caseworker");
        browser.open(DemoReferences.resolve(page));

        String drawn = ".process-diagram[data-drawn='true']";
        String current = browser.css(drawn).getAttribute("data-current");
        @SuppressWarnings("unchecked")
        List<String> shapes = (List<String>) browser.js("""
                return Array.from(document.querySelectorAll(arguments[0] + ' .djs-element.djs-shape'))
                    .map(e => e.getAttribute('data-element-id'));""", drawn);
        assertThat(shapes).as("the model's shapes, drawn by bpmn-js").hasSizeGreaterThan(5);
        @SuppressWarnings("unchecked")
        List<String> marked = (List<String>) browser.js("""
                return Array.from(document.querySelectorAll(arguments[0] + ' .djs-element.csu-current'))
                    .map(e => e.getAttribute('data-element-id'));""", drawn);
        assertThat(marked).as("the steps marked current are the process's current steps").isNotEmpty()
                .allSatisfy(id -> assertThat(current.split(" ")).contains(id));
        assertThat(browser.text()).contains("Current step");

        assertThat(Axe.seriousViolations(browser)).isEmpty();
    }
}
