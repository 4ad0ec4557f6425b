package org.csucasework.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;

/**
 * The tasking meeting run with the keyboard alone (WCAG 2.1.1): after signing in, no mouse. The chair starts the
 * meeting, moves to a report with Alt+N, tabs to the action's fields, chooses the agency by typing, saves with
 * Ctrl+Enter, and the focus lands on the next report; that one gets "no further action" with the arrow keys.
 */
@BrowserTest
class KeyboardTaskingBrowserIT {

    @Test
    void theChairRunsTheMeetingWithTheKeyboardAlone(Browser browser) {
        browser.signIn("caseworker");
        String first = Journeys.logReport(browser, "3 Keyboard Close, Ash", "Noise from a party at 3 Keyboard Close.");
        String second = Journeys.logReport(browser, "5 Keyboard Close, Ash", "Bins set alight at 5 Keyboard Close.");

        browser.signIn("supervisor");
        browser.open("/tasking");
        if (browser.hasButton("Start the meeting")) {
            tabTo(browser, f -> "Start the meeting".equals(f.get("text")));
            browser.keys(Keys.ENTER);
        }
        browser.waitForText("In progress: the meeting of");

        Journeys.bringUp(browser, first);
        assertThat(browser.focused().get("text")).as("focus on the item's heading").asString()
                .contains(first).startsWith("Item ");

        tabTo(browser, f -> "Agency for action 1".equals(f.get("label")));
        browser.keys("Kent Police");
        browser.keys(Keys.ENTER);
        tabTo(browser, f -> "What is to be done (action 1)".equals(f.get("label")));
        browser.keys("Visit the party house with the licensing officer");
        browser.chord(Keys.CONTROL, Keys.ENTER);

        browser.waitForText(first + ": 1 action assigned.");
        // The next report comes up with the focus on its heading, so a screen reader says which one it is.
        Map<String, Object> focus = browser.focused();
        assertThat(focus.get("text")).asString().startsWith("Item ");

        Journeys.bringUp(browser, second);
        tabTo(browser, f -> "vaadin-radio-button".equals(f.get("tag")));
        browser.keys(Keys.ARROW_RIGHT);
        browser.keys(Keys.ARROW_RIGHT);
        tabTo(browser, f -> "Reason for no further action".equals(f.get("label")));
        browser.keys("Dealt with by the fire service; no ASB element.");
        browser.chord(Keys.CONTROL, Keys.ENTER);
        browser.waitForText(second + ": no further action.");
    }

    /**
     * Presses Tab until the focused element is the one wanted, as a keyboard user does: at most 120 times (before the
     * meeting starts, the navigation and one checkbox per agency come first).
     */
    private static void tabTo(Browser browser, Predicate<Map<String, Object>> wanted) {
        for (int i = 0; i < 120; i++) {
            if (wanted.test(browser.focused())) {
                return;
            }
            browser.keys(Keys.TAB);
        }
        throw new AssertionError("Tab never reached the element; the focus is on " + browser.focused());
    }
}
