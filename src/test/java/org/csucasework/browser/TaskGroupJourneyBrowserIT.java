package org.csucasework.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A Task and Finish Group from proposal to closure in a real browser: a caseworker proposes a group from a report
 * about a problem place, a supervisor approves it and sets it up with its first meeting, then closes it resolved.
 */
@BrowserTest
class TaskGroupJourneyBrowserIT {

    /** A day and month that read the same in UK and US date formats, so the typed date cannot be misread. */
    private static final String FIRST_MEETING = "12/12/2099";

    @Test
    void aTaskAndFinishGroupFromProposalToClosure(Browser browser) {
        browser.signIn("caseworker");
        String report = Journeys.logReport(browser, "Garages behind Group Parade, Ash",
                "Garages behind Group Parade used for drug dealing and fires again.");

        browser.open("/task-groups/new?report=" + report);
        browser.waitForText("Propose a Task and Finish Group");
        browser.type("Title", "Group Parade garages");
        browser.choose("Lead officer", "Casey Caseworker (Sevenoaks District Council - Community Safety)");
        browser.type("Why the partnership needs a group",
                "Repeated drug dealing and fires at the garages need several agencies working together.");
        browser.click("Propose the group");
        browser.waitFor(() -> browser.path().matches("/task-groups/TFG-\\d{4}-\\d+") ? true : null);
        String group = browser.path().substring("/task-groups/".length());
        browser.waitForText("waits for a supervisor's decision");

        browser.signIn("supervisor");
        browser.open("/task-groups/" + group);
        browser.type("Note, or the reason for declining", "Agreed: the garages need a partnership response.");
        browser.click("Approve");
        browser.waitForText("Approved: set the group up next.");
        browser.type("First meeting", FIRST_MEETING);
        browser.click("Set up the group");
        browser.waitForText("The group is set up; the lead holds the first meeting.");

        browser.select("Outcome", "Resolved");
        browser.type("Reason", "Garages secured and cleared by the landlord; no reports since.");
        browser.click("Close the group");
        browser.waitForText("The group is closed.");

        browser.open("/task-groups/" + group);
        assertThat(browser.text()).contains("Closed").doesNotContain("Close the group");
    }
}
