package org.csucasework.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;

/**
 * "Is this the same person?" in a real browser (issue 16): two reports name John Smith without a date of birth; the
 * second report's form offers the first John Smith with what matches and what does not, and the caseworker says it
 * is a different person; a third report's form offers both and the caseworker chooses a record. A supervisor then
 * opens the duplicates review, which shows the two records side by side and passes axe-core. Typing the name and
 * pressing Enter keeps what was typed even when a John Smith is on record: the record is linked only when chosen.
 */
@BrowserTest
class PersonMatchBrowserIT {

    private static final Pattern REPORT_PAGE = Pattern.compile("/reports/([A-Z]+-\\d{4}-\\d+)");
    private static final String NAME = "John Smith";
    private static final String OFFER = "Is this the same person as " + NAME + "?";

    @Test
    void theFormOffersTheMatchADifferentPersonOrTheRecordIsChosenAndTheSupervisorReviewsThePair(Browser browser) {
        browser.signIn("caseworker");
        String first = logReportNamingJohnSmith(browser,
                "Person match journey: first report, shouting at the bus stop.", null);

        String second = logReportNamingJohnSmith(browser,
                "Person match journey: second report, a different John Smith kicking bins.", "different");
        browser.waitForText("Other reports involving " + NAME);
        assertThat(browser.text()).as("a different person: a new record, with no other report")
                .contains("Other reports involving " + NAME + ": none that you can see.");

        // Both records match on the name alone, so either may be offered first: the one chosen holds its report.
        logReportNamingJohnSmith(browser,
                "Person match journey: third report, the same John Smith as an earlier one.", "same");
        assertThat(browser.text()).contains(NAME + " (Alleged perpetrator)");
        browser.waitForText("Other reports involving " + NAME);
        assertThat(browser.text()).as("the record chosen holds its earlier report")
                .doesNotContain("Other reports involving " + NAME + ": none that you can see.")
                .containsAnyOf(first, second);

        browser.signIn("supervisor");
        browser.open("/people/duplicates");
        browser.waitForText(NAME + " and " + NAME);
        assertThat(browser.text()).contains("Matches: same name", "Keep the first record", "Keep the second record");
        assertThat(Axe.seriousViolations(browser)).as("the duplicates review is accessible").isEmpty();
    }

    /**
     * Logs a report naming John Smith as the alleged perpetrator; {@code answer} is what the caseworker says to the
     * offer: null when none is expected, "different" or "same" (the first record offered).
     */
    private static String logReportNamingJohnSmith(Browser browser, String description, String answer) {
        browser.open("/reports/new");
        browser.click("Add a person involved");
        browser.select("Role", "Alleged perpetrator");
        Journeys.nameField(browser, "Name", NAME);
        if (answer != null) {
            WebElement offer = browser.waitFor(() -> offer(browser));
            String offered = offer.getText();
            assertThat(offered).contains("Is this the same person?", "Matches: same name",
                    "Does not match: date of birth not known on both");
            if (answer.equals("different")) {
                browser.click("A different person: keep " + NAME + " as a new record");
                browser.waitFor(() -> offer(browser) == null ? true : null);
            } else {
                WebElement same = (WebElement) browser.js("""
                        return [...arguments[0].querySelectorAll('vaadin-button.same-person')][0];
                        """, offer);
                browser.reveal(same).click();
                browser.waitForVaadin();
                browser.waitForText("Linked to the person on record");
                assertThat(browser.field("Name").findElement(org.openqa.selenium.By.cssSelector("input"))
                        .getDomProperty("value")).isEqualTo(NAME + " (on record)");
            }
        }
        browser.choose("Category", "ASB: Nuisance behaviour");
        browser.choose("Place", "Lantern Row, Ash");
        browser.choose("Ward", "Ash");
        browser.type("Reporter's phone", "01732 000000");
        browser.type("What was reported", description);
        Journeys.nameField(browser, "Reporter's name", "Pat Matchjourney");
        browser.click("Log report");
        browser.waitFor(() -> REPORT_PAGE.matcher(browser.path()).find() ? browser.path() : null);
        Matcher page = REPORT_PAGE.matcher(browser.path());
        assertThat(page.find()).as("the new report's page opened: " + browser.path()).isTrue();
        browser.waitForText(description);
        return page.group(1);
    }

    /** The offer under John Smith's name when it is on show, else null. */
    private static WebElement offer(Browser browser) {
        return (WebElement) browser.js("""
                const visible = e => !!(e.offsetWidth || e.offsetHeight || e.getClientRects().length);
                return [...document.querySelectorAll('.person-match-offer')]
                    .find(o => o.getAttribute('aria-label') === arguments[0] && visible(o)) || null;
                """, OFFER);
    }
}
