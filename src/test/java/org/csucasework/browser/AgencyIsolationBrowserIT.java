package org.csucasework.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A partner officer cannot open another agency's report, not even by typing its address. */
@BrowserTest
class AgencyIsolationBrowserIT {

    @Test
    void aPoliceOfficerCannotOpenAReportOfTheHousingAssociationByItsAddress(Browser browser) {
        String description = "Housing-only report: damage to the communal door at Isolation Court.";
        browser.signIn("housing");
        String reference = Journeys.logReport(browser, "Isolation Court, Ash", description);
        // The housing officer sees their own report: the refusal below is about the agency, not the page.
        assertThat(browser.text()).contains(description);

        browser.signIn("police");
        browser.open("/reports/" + reference);

        String page = browser.text();
        assertThat(page).contains("Report not found").doesNotContain(description).doesNotContain("Robin Reporter");
        assertThat(browser.hasButton("Close the report")).isFalse();
        assertThat(Axe.seriousViolations(browser)).as("the refusal page is accessible").isEmpty();
    }
}
