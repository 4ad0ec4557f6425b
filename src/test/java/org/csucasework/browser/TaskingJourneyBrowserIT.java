package org.csucasework.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The daily tasking journey in a real browser, each step by the user who does it: a caseworker logs a report; the
 * tasking chair (the supervisor) runs the meeting and assigns actions to Kent Police and West Kent Housing; the
 * police officer and the housing officer each complete theirs; the caseworker updates the reporter and closes the
 * report.
 */
@BrowserTest
class TaskingJourneyBrowserIT {

    @Test
    void reportFromLoggingThroughTaskingAndPartnerActionsToClosure(Browser browser) {
        browser.signIn("caseworker");
        String reference = Journeys.logReport(browser, "14 Journey Lane, Ash",
                "Youths gathering and shouting at night outside 14 Journey Lane.");

        browser.signIn("supervisor");
        Journeys.startMeeting(browser);
        Journeys.bringUp(browser, reference);
        accessible(browser, "the meeting with a decision form open");
        browser.choose("Agency for action 1", "Kent Police");
        browser.type("What is to be done (action 1)", "Patrol Journey Lane on Friday and Saturday evenings");
        browser.click("Add an action");
        browser.choose("Agency for action 2", "West Kent Housing Association");
        browser.type("What is to be done (action 2)", "Visit the tenants at 14 Journey Lane about the noise");
        browser.click("Save the decision");
        browser.waitForText(reference + ": 2 actions assigned.");

        browser.signIn("police");
        completeAction(browser, reference, "Patrol Journey Lane on Friday and Saturday evenings",
                "Patrolled both evenings; group moved on and advised.");

        browser.signIn("housing");
        completeAction(browser, reference, "Visit the tenants at 14 Journey Lane about the noise",
                "Tenants visited and warned about the noise.");

        browser.signIn("caseworker");
        browser.open("/reports/" + reference);
        browser.waitForText("Patrolled both evenings");
        browser.waitForText("Tenants visited and warned");
        browser.click("Reporter updated");
        browser.waitForText("Recorded that the reporter was told the outcome.");
        browser.click("Close the report");
        accessible(browser, "the close dialog");
        browser.select("Outcome", "Resolved");
        browser.type("Note", "Both partners acted; the reporter is satisfied.");
        browser.click("Close with this outcome");
        browser.waitForText("Report " + reference + " closed.");

        browser.open("/reports/" + reference);
        assertThat(browser.text()).contains("Closed").doesNotContain("Close the report");
    }

    /** axe-core on the page as it is at this step (dialogs and forms open): no serious or critical violations. */
    private static void accessible(Browser browser, String where) {
        assertThat(Axe.seriousViolations(browser)).as("WCAG 2.2 AA violations on " + where).isEmpty();
    }

    private static void completeAction(Browser browser, String reference, String action, String outcome) {
        browser.open("/my-actions");
        browser.click("Complete action on " + reference + ": " + action);
        accessible(browser, "the complete-action dialog");
        browser.type("What was done (the outcome)", outcome);
        browser.click("Complete the action");
        browser.waitForText("Action on " + reference + " completed.");
        // Done: it leaves the list of open actions (the report page shows its outcome to the caseworker).
        browser.waitForTextGone(action);
    }
}
