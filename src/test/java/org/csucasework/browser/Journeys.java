package org.csucasework.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** Steps that several journeys share, done through the screens as a user does them. */
final class Journeys {

    private static final Pattern REPORT_PAGE = Pattern.compile("/reports/([A-Z]+-\\d{4}-\\d+)");

    private Journeys() {
    }

    /** Logs a report on the form as the signed-in user and answers its reference (from the report page it opens). */
    static String logReport(Browser browser, String place, String description) {
        return logReport(browser, place, description, null);
    }

    /** As {@link #logReport(Browser, String, String)}, naming an alleged perpetrator when {@code perpetrator} is set. */
    static String logReport(Browser browser, String place, String description, String perpetrator) {
        return logReport(browser, place, description, perpetrator, null);
    }

    /** As above, with the perpetrator's date of birth typed as users do (dd/mm/yyyy) when {@code bornOn} is set. */
    static String logReport(Browser browser, String place, String description, String perpetrator, String bornOn) {
        browser.open("/reports/new");
        if (perpetrator != null) {
            browser.click("Add a person involved");
            browser.select("Role", "Alleged perpetrator");
            nameField(browser, "Name", perpetrator);
            if (bornOn != null) {
                browser.type("Date of birth", bornOn);
            }
        }
        browser.choose("Category", "ASB: Nuisance behaviour");
        browser.choose("Place", place);
        browser.choose("Ward", "Ash");
        browser.type("Reporter's phone", "01732 000000");
        browser.type("What was reported", description);
        nameField(browser, "Reporter's name", "Robin Reporter");
        browser.click("Log report");
        browser.waitFor(() -> REPORT_PAGE.matcher(browser.path()).find() ? browser.path() : null);
        Matcher page = REPORT_PAGE.matcher(browser.path());
        assertThat(page.find()).as("the new report's page opened: " + browser.path()).isTrue();
        String reference = page.group(1);
        browser.waitForText(description);
        return reference;
    }

    /** A person's name: a combo box with suggestions for CSU staff (a new name is kept with Enter), text otherwise. */
    static void nameField(Browser browser, String label, String name) {
        if (browser.field(label).getTagName().equals("vaadin-combo-box")) {
            browser.choose(label, name);
        } else {
            browser.type(label, name);
        }
    }

    /**
     * Opens an escalation case about the person named in a report, from the list of cases, and answers its
     * reference (from the case page it opens).
     */
    static String openEscalationCase(Browser browser, String report, String person, String letterAddress) {
        browser.open("/escalation/cases");
        browser.click("Open a case");
        browser.type("Report reference", report);
        browser.waitFor(() -> browser.field("Person").findElement(By.cssSelector("input"))
                .getDomProperty("value").contains(person) ? true : null);
        browser.type("Address for letters", letterAddress);
        browser.click("Open the case");
        browser.waitFor(() -> browser.path().startsWith("/escalation/case/") ? true : null);
        return browser.path().substring("/escalation/case/".length());
    }

    /** Opens a collapsed section (vaadin-details) by its summary, as a click on it does. */
    static void openDetails(Browser browser, String summary) {
        WebElement found = browser.waitFor(() -> (WebElement) browser.js("""
                return [...document.querySelectorAll('vaadin-details-summary')]
                    .find(s => s.textContent.trim() === arguments[0]) || null;
                """, summary));
        browser.reveal(found).click();
        browser.waitForVaadin();
    }

    /** Signs in as the chair and starts today's meeting unless one is running. */
    static void startMeeting(Browser browser) {
        browser.open("/tasking");
        if (browser.hasButton("Start the meeting")) {
            browser.click("Start the meeting");
        }
        browser.waitForText("In progress: the meeting of");
    }

    /** Moves through the new reports with Alt+N (keyboard only) until the report is the one up for decision. */
    static void bringUp(Browser browser, String reference) {
        for (int i = 0; i < 60 && !isUp(browser, reference); i++) {
            browser.chord(org.openqa.selenium.Keys.ALT, "n");
        }
        assertThat(isUp(browser, reference)).as(reference + " is up for decision").isTrue();
    }

    static boolean isUp(Browser browser, String reference) {
        return Boolean.TRUE.equals(browser.js("""
                const form = document.getElementById('review-' + arguments[0]);
                return !!form && form.getClientRects().length > 0;
                """, reference));
    }
}
