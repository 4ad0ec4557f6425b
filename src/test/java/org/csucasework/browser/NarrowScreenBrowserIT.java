package org.csucasework.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;

/**
 * The pages officers open on a phone in the street (390 px wide) and on a laptop: nothing scrolls sideways, the
 * button that finishes the job is within reach, the navigation's labels are whole, and axe-core finds nothing
 * serious at that width either (WCAG 1.4.10 Reflow asks for exactly this at 320 CSS px and up).
 */
@BrowserTest
class NarrowScreenBrowserIT {

    @Test
    void logAReportAndTheTaskingPageFitAPhone(Browser browser) {
        browser.signIn("caseworker");
        Viewport.phone(browser);

        browser.open("/reports/new");
        fits(browser, "Log a report");
        inReach(browser, browser.button("Log report"), "the form's Log report button");

        browser.open("/tasking");
        fits(browser, "the tasking page");
    }

    @Test
    void myActionsFitsAPhoneWithItsCompleteButtonInView(Browser browser) {
        // The demo gives Kent Police an open action (the play area's evening patrols), so the list is never empty.
        browser.signIn("police");
        Viewport.phone(browser);

        browser.open("/my-actions");
        fits(browser, "My actions");
        inReach(browser, browser.css("vaadin-button[aria-label^='Complete action on']"), "an action's Complete button");
    }

    @Test
    void theNavigationOnAPhoneShowsEveryLabelWhole(Browser browser) {
        browser.signIn("police");
        Viewport.phone(browser);
        browser.open("/my-actions");

        // On a phone the drawer is an overlay, closed until its toggle opens it.
        browser.css("vaadin-drawer-toggle").click();
        browser.css("vaadin-app-layout[drawer-opened][overlay]");
        // The drawer slides in from the left: measure once it has arrived, not half-way.
        browser.waitFor(() -> Viewport.outsideWindow(browser, browser.button("Refer to Community MARAC")).isEmpty()
                ? Boolean.TRUE : null);
        longestLabelWhole(browser);
        fits(browser, "the open navigation");
    }

    @Test
    void theNavigationOnALaptopShowsEveryLabelWhole(Browser browser) {
        browser.signIn("police");
        Viewport.desktop(browser);
        browser.open("/my-actions");
        longestLabelWhole(browser);
    }

    @Test
    void theMainPagesDoNotScrollSidewaysOnALaptop(Browser browser) {
        browser.signIn("caseworker");
        Viewport.desktop(browser);
        Map<String, String> overflowing = new LinkedHashMap<>();
        for (String path : List.of("/", "/reports/new", "/my-actions", "/tasking", "/reports", "/work-list",
                DemoReferences.resolve("/reports/{report}"))) {
            browser.open(path);
            String overflow = Viewport.sidewaysOverflow(browser);
            if (!overflow.isEmpty()) {
                overflowing.put(path, overflow);
            }
        }
        assertThat(overflowing).as("pages that scroll sideways at " + Viewport.DESKTOP_WIDTH + " px").isEmpty();
    }

    /** No sideways scrolling, and axe-core clean at this width. */
    private static void fits(Browser browser, String page) {
        assertThat(Viewport.sidewaysOverflow(browser)).as(page + " scrolls sideways").isEmpty();
        assertThat(Axe.seriousViolations(browser)).as("WCAG 2.2 AA violations on " + page).isEmpty();
    }

    /** The longest label of any role's navigation, inside the window and not cut by the drawer's edge. */
    private static void longestLabelWhole(Browser browser) {
        WebElement item = browser.button("Refer to Community MARAC");
        assertThat(Viewport.outsideWindow(browser, item)).as("the navigation item is on the screen").isEmpty();
        assertThat(Viewport.cutByDrawer(browser, item)).as("\"Refer to Community MARAC\" is shown whole").isEmpty();
    }

    private static void inReach(Browser browser, WebElement button, String what) {
        assertThat(Viewport.outsideWindow(browser, button)).as(what + " is wholly on the screen").isEmpty();
    }
}
