package org.csucasework.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The escalation ladder's first step in a real browser: a caseworker opens a case about the person named in a report
 * and proposes a warning letter; a supervisor approves it; the caseworker serves it and records the service; the
 * letter downloads as a PDF.
 */
@BrowserTest
class WarningLetterBrowserIT {

    @Test
    void aWarningLetterFromProposalToApprovalAndPdfDownload(Browser browser) {
        browser.signIn("caseworker");
        String report = Journeys.logReport(browser, "9 Ladder Road, Ash",
                "Repeated shouting and swearing at neighbours from 9 Ladder Road.", "Lee Ladder");

        String escalationCase = Journeys.openEscalationCase(browser, report, "Lee Ladder", "9 Ladder Road, Ash, TN15 0AA");

        browser.select("Step", "1. ASB warning letter");
        browser.select("How it will be served", "First class post");
        browser.type("Conduct", "Shouting and swearing at neighbours from the front garden on several evenings.");
        WebElementChoice.chooseFirstMatching(browser, "Evidence (reports about the person)", report);
        browser.click("Propose to a supervisor");
        browser.waitForText("Proposed to the supervisors");

        browser.signIn("supervisor");
        browser.open("/escalation/case/" + escalationCase);
        browser.type("Comments or reason", "Proportionate first step.");
        browser.click("Approve");
        browser.waitForText("approved: serve it");

        browser.signIn("caseworker");
        browser.open("/escalation/case/" + escalationCase);
        browser.waitForText("Nothing runs until it is served");
        browser.type("Served by", "Casey Caseworker");
        browser.click("Record the service");
        browser.waitForText("served: its deadlines run from");

        browser.open("/escalation/case/" + escalationCase);
        String href = browser.js("""
                const link = [...document.querySelectorAll('a[aria-label^="Download "]')]
                    .find(a => a.getClientRects().length > 0);
                return link ? link.href : null;
                """) instanceof String s ? s : null;
        assertThat(href).as("a download link for the issued letter").isNotNull();
        Map<String, Object> pdf = browser.fetch(href);
        assertThat(pdf.get("status")).isEqualTo(200L);
        assertThat((String) pdf.get("type")).contains("application/pdf");
        assertThat((String) pdf.get("start")).startsWith("%PDF");
        assertThat((Long) pdf.get("size")).isGreaterThan(500L);
    }
}
