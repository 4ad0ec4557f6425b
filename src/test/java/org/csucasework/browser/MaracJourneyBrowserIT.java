package org.csucasework.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;

/**
 * A Community MARAC case in a real browser, from the referral to the meeting's decision: a police officer (a MARAC
 * member) refers a person; the chair accepts the referral in the screening queue; on the meeting page the chair
 * records the attendance, agrees an action for the case and records the decision; the case page then shows the
 * decision and the action, to the chair and to the referring officer.
 */
@BrowserTest
class MaracJourneyBrowserIT {

    private static final Pattern CASE_PAGE = Pattern.compile("/marac/cases/(MARAC-\\d{4}-\\d+)");
    private static final String STAY = "Stay on the list: back at the next meeting";

    @Test
    void aReferralFromAPoliceOfficerToTheMeetingsDecision(Browser browser) {
        browser.signIn("police");
        browser.open("/marac/referrals/new");
        browser.type("Person's full name", "Morgan Journeyman");
        browser.check("Persistent offenders of crime and disorder");
        browser.type("Risk and vulnerability summary",
                "Arrested four times this year for disorder in the town centre; street drinking.");
        browser.select("Lawful basis for sharing the information",
                "Crime and Disorder Act 1998 s.115 (preventing crime and disorder)");
        browser.click("Submit to the chair");
        browser.waitFor(() -> CASE_PAGE.matcher(browser.path()).find() ? true : null);
        Matcher page = CASE_PAGE.matcher(browser.path());
        assertThat(page.find()).isTrue();
        String reference = page.group(1);
        browser.waitForText("Waiting for screening");

        browser.signIn("supervisor");
        browser.open("/marac/screening");
        reveal(browser, gridCell(browser, reference)).click();
        browser.waitForText("Risk and vulnerability: Arrested four times");
        browser.type("Note to the referrer (the reason when declining, what is needed when asking for more)",
                "Meets the persistent offender criterion.");
        browser.click("Accept");
        browser.waitForText(reference + " accepted");

        browser.open("/marac/cases/" + reference);
        String nextMeeting = nextMeetingOn(browser.text());
        browser.open("/marac");
        browser.click(nextMeeting);
        browser.waitFor(() -> browser.path().matches("/marac/meetings/\\d+") ? true : null);
        browser.waitForText(reference + ": Morgan Journeyman (new)");

        chooseAgencyPresent(browser, "Kent Police");
        chooseAgencyPresent(browser, "Sevenoaks District Council - Community Safety");
        browser.type("Attendees (names and roles)", "Sam Supervisor (chair), PC Patel (Kent Police)");
        browser.click("Record attendance");
        browser.waitForText("Attendance recorded");

        Journeys.openDetails(browser, "Agree an action for " + reference);
        assertThat(Axe.seriousViolations(browser)).as("the chair's forms on the meeting page").isEmpty();
        browser.choose("Agency (" + reference + ")", "Kent Police");
        browser.type("What is to be done (" + reference + ")", "Refer to the drug and alcohol service");
        browser.type("Due (" + reference + ")", "12/12/" + (LocalDate.now().getYear() + 1));
        browser.click("Add the action for " + reference);
        browser.waitForText("Action agreed for Kent Police");

        browser.select("Decision on " + reference, STAY);
        browser.type("Note on " + reference + " (the reason when closing)", "Review once the referral is taken up.");
        browser.click("Record the decision on " + reference);
        browser.waitForText("Decision recorded for " + reference);
        browser.waitForText("Decision: " + STAY + ". Review once the referral is taken up.");

        for (String user : new String[] {"supervisor", "police"}) {
            browser.signIn(user);
            browser.open("/marac/cases/" + reference);
            browser.waitForText(reference + ": Morgan Journeyman");
            assertThat(browser.text()).as("the case as " + user)
                    .contains(STAY, "Review once the referral is taken up.",
                            "Refer to the drug and alcohol service", "Accepted by");
        }
    }

    /** The date of the next meeting as the case page shows it ("Next meeting: Tue 8 Dec 2026."). */
    private static String nextMeetingOn(String text) {
        Matcher next = Pattern.compile("Next meeting: ([^.]+)\\.").matcher(text);
        assertThat(next.find()).as("the case page names its next meeting:\n" + text).isTrue();
        return next.group(1);
    }

    /** Picks an agency in the multi-select box as a keyboard user does: type its name, Enter, Tab. */
    private static void chooseAgencyPresent(Browser browser, String agency) {
        WebElement box = browser.reveal(browser.field("Agencies present"));
        WebElement input = box.findElement(org.openqa.selenium.By.cssSelector("input"));
        input.click();
        input.sendKeys(agency);
        browser.waitForVaadin();
        input.sendKeys(org.openqa.selenium.Keys.ENTER);
        browser.waitForVaadin();
        // The list stays open for more choices; Tab leaves the box and closes it.
        input.sendKeys(org.openqa.selenium.Keys.TAB);
        browser.waitForVaadin();
        browser.waitFor(() -> Boolean.TRUE.equals(browser.js("""
                return (arguments[0].selectedItems || []).some(item => item.label === arguments[1]);
                """, box, agency)) ? true : null);
    }

    /** The grid cell (Vaadin's light-DOM cell content) that shows exactly this text. */
    private static WebElement gridCell(Browser browser, String text) {
        return browser.waitFor(() -> (WebElement) browser.js("""
                return [...document.querySelectorAll('vaadin-grid-cell-content')]
                    .find(c => c.textContent.trim() === arguments[0]) || null;
                """, text));
    }

    private static WebElement reveal(Browser browser, WebElement element) {
        return browser.reveal(element);
    }
}
