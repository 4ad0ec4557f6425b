package org.csucasework.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * Search in a real browser: a caseworker types a surname (with a letter wrong) into the box on every page and opens
 * the report from the results; a partner officer of another agency searching the same name finds nothing at all.
 */
@BrowserTest
class SearchJourneyBrowserIT {

    @Test
    void aCaseworkerFindsAReportByASurnameAndOpensItWhileAPartnerOfAnotherAgencyFindsNothing(Browser browser) {
        String surname = "Quillfeather";
        String description = "Search journey: fence panels kicked in at Lantern Row.";
        browser.signIn("caseworker");
        String reference = Journeys.logReport(browser, "Lantern Row, Ash", description, "Morgan " + surname);

        browser.open("/");
        searchFor(browser, "Quilfeather");
        browser.waitForText("found for");
        assertThat(browser.text()).contains(reference).contains("Names Morgan " + surname);
        assertThat(Axe.seriousViolations(browser)).as("the results page is accessible").isEmpty();

        browser.click(reference + " · Nuisance behaviour");
        browser.waitForText(description);
        assertThat(browser.path()).isEqualTo("/reports/" + reference);

        browser.signIn("housing");
        browser.open("/");
        searchFor(browser, surname);
        browser.waitForText("Nothing found");
        assertThat(browser.text()).doesNotContain(reference).doesNotContain(surname + " ·");
        searchFor(browser, reference);
        browser.waitForText("Nothing found for \u201c" + reference);
        assertThat(browser.text()).doesNotContain("Names Morgan");
    }

    private static void searchFor(Browser browser, String text) {
        WebElement box = browser.css("[role=search] vaadin-text-field input");
        box.click();
        box.sendKeys(text, Keys.ENTER);
        browser.waitForVaadin();
    }
}
