package org.csucasework.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.csucasework.shared.ui.UkDates;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * An ASB Case Review in a real browser, from the application to the outcome and the applicant's escalation: a
 * caseworker logs three complaints and records the victim's application relying on them, with an incident no agency
 * logged; the coordinator (a
 * supervisor) sets a complaint aside and counts it again, confirms the threshold, records the review meeting, what Kent Police brought and a recommendation for
 * it, and the outcome; the outcome letter downloads as a PDF; the applicant's escalation is recorded with its result,
 * and the one case history tells the story. Each new screen is checked with axe.
 */
@BrowserTest
class CaseReviewJourneyBrowserIT {

    private static final Pattern REVIEW_PAGE = Pattern.compile("/case-reviews/(CR-\\d{4}-\\d+)");
    private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Test
    void anApplicationFromTheVictimToTheOutcomeAndTheEscalationsResult(Browser browser) {
        browser.signIn("caseworker");
        String place = "3 Trigger Terrace, Ash";
        String first = Journeys.logReport(browser, place, "Music at full volume past midnight, first time this month.");
        String second = Journeys.logReport(browser, place, "Music at full volume past midnight again.");
        String third = Journeys.logReport(browser, place, "Music and shouting past midnight, third weekend running.");

        browser.open("/case-reviews/new");
        browser.waitForText("New ASB Case Review application");
        assertThat(axe(browser)).as("the application form").isEmpty();
        browser.choose("Who is applying", "The victim");
        browser.type("Applicant's name (person, community group or business)", "Robin Reporter");
        browser.type("Applicant's phone", "01732 000000");
        browser.type("Applicant's address", "5 Trigger Terrace, Ash, TN15 7AA");
        browser.type("Reports relied on (references, separated by commas)", first + ", " + second + ", " + third);
        browser.type("The behaviour the application is about", "Loud music and shouting from number 3 every weekend.");
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        browser.click("Add an incident not on record");
        browser.type("Date of the behaviour (incident 1)", TYPED.format(today.minusDays(10)));
        browser.type("Date complained (incident 1)", TYPED.format(today.minusDays(9)));
        browser.type("Complained to (incident 1)", "West Kent Housing officer");
        browser.type("What happened (incident 1)", "Party until 4am; told the housing officer the next morning.");
        assertThat(axe(browser)).as("the application form with an incident not on record").isEmpty();
        browser.click("Record the application");
        browser.waitFor(() -> REVIEW_PAGE.matcher(browser.path()).find() ? true : null);
        Matcher page = REVIEW_PAGE.matcher(browser.path());
        assertThat(page.find()).isTrue();
        String reference = page.group(1);
        browser.waitForText("4 qualifying complaint(s)");
        browser.waitForText("Not on record");

        browser.signIn("supervisor");
        browser.open("/case-reviews/" + reference);
        browser.waitForText("Awaiting the threshold decision");
        assertThat(axe(browser)).as("the case review page awaiting the decision").isEmpty();
        String firstComplaint = first + ", complained " + UkDates.day(today);
        browser.select("Complaint to set aside or count again", firstComplaint);
        browser.type("Why it is not about the same behaviour", "About a barking dog, not the music.");
        browser.click("Set the complaint aside");
        browser.waitForText("3 qualifying complaint(s)");
        browser.waitForText("Excluded by the coordinator: About a barking dog, not the music.");
        browser.select("Complaint to set aside or count again", firstComplaint + " (set aside)");
        browser.click("Count the complaint again");
        browser.waitForText("4 qualifying complaint(s)");
        browser.click("Threshold met");
        browser.waitForText("Threshold met: review to be held");

        browser.type("Date of the review meeting", TYPED.format(today));
        chooseInvited(browser, "Kent Police");
        chooseInvited(browser, "Sevenoaks District Council - Community Safety");
        browser.click("Save the meeting");
        browser.waitForText("Review meeting saved");

        browser.select("Agency that brought the information", "Kent Police");
        browser.type("What the agency brought to the review", "Four calls to number 3 since the summer.");
        browser.click("Add the information");
        browser.waitForText("Information from Kent Police: Four calls to number 3 since the summer.");

        browser.select("Agency to carry out the recommendation", "Kent Police");
        browser.type("Recommendation (the action the agency is to take)", "Joint visit to number 3 with the landlord");
        browser.type("Recommendation due by", TYPED.format(today.plusDays(14)));
        browser.click("Add the recommendation");
        browser.waitForText("Joint visit to number 3 with the landlord");
        assertThat(browser.text()).as("the recommendation in the one actions list, agency by name")
                .contains("Recommendations", "Kent Police", UkDates.day(today.plusDays(14)));
        assertThat(axe(browser)).as("the review's forms").isEmpty();

        browser.type("Outcome of the review, as the applicant will be told it",
                "The police and the landlord will visit together; a noise diary is set up.");
        browser.click("Record the outcome (review held)");
        browser.waitForText("Outcome told to the applicant");

        String href = browser.js("""
                const link = [...document.querySelectorAll('a')]
                    .find(a => a.textContent.trim() === 'Outcome letter (PDF)' && a.getClientRects().length > 0);
                return link ? link.href : null;
                """) instanceof String s ? s : null;
        assertThat(href).as("a download link for the outcome letter").isNotNull();
        Map<String, Object> pdf = browser.fetch(href);
        assertThat(pdf.get("status")).isEqualTo(200L);
        assertThat((String) pdf.get("type")).contains("application/pdf");
        assertThat((String) pdf.get("start")).startsWith("%PDF");

        browser.type("Why the applicant is not satisfied (when they ask for the escalation)",
                "The music has not stopped.");
        browser.click("Applicant asks for the escalation");
        browser.waitForText("Escalated by the applicant");
        browser.type("Result of the escalation", "The PCC's office upheld the review's outcome.");
        browser.click("Record the escalation's result");
        browser.waitForText("Result: The PCC's office upheld the review's outcome.");

        String text = browser.text();
        assertThat(text).as("the one history on the page, in words and UK dates")
                .contains("Escalation concluded: The PCC's office upheld the review's outcome.",
                        "Outcome letter sent to the applicant", "Threshold decision letter sent to the applicant",
                        "Recommendation for Kent Police")
                .doesNotContain("LETTER_OUTCOME", "KENT_POLICE", LocalDate.now().toString());
        assertThat(axe(browser)).as("the closed review with its history").isEmpty();
    }

    /**
     * Axe once every notice has finished sliding in or out: a card half faded is blended with the page behind it, a
     * contrast no user reads (the success card itself is #158443 on white, 4.75:1).
     */
    private static java.util.List<String> axe(Browser browser) {
        browser.waitFor(() -> Boolean.TRUE.equals(browser.js("""
                return [...document.querySelectorAll('vaadin-notification-card')]
                    .every(c => !c.hasAttribute('opening') && !c.hasAttribute('closing')
                        && c.getAnimations({subtree: true}).length === 0);
                """)) ? true : null);
        return Axe.seriousViolations(browser);
    }

    /** Picks an agency in the multi-select box as a keyboard user does: type its name, Enter, Tab. */
    private static void chooseInvited(Browser browser, String agency) {
        WebElement box = browser.reveal(browser.field("Agencies invited to the review"));
        WebElement input = box.findElement(org.openqa.selenium.By.cssSelector("input"));
        input.click();
        input.sendKeys(agency);
        browser.waitForVaadin();
        input.sendKeys(Keys.ENTER);
        browser.waitForVaadin();
        input.sendKeys(Keys.TAB);
        browser.waitForVaadin();
        browser.waitFor(() -> Boolean.TRUE.equals(browser.js("""
                return (arguments[0].selectedItems || []).some(item => item.label === arguments[1]);
                """, box, agency)) ? true : null);
    }
}
