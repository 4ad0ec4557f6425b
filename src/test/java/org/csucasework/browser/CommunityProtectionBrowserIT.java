package org.csucasework.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.csucasework.escalation.AsbEscalationProcess;
import org.csucasework.shared.ui.UkDates;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Community Protection in a real browser, from the warning to a paid fixed penalty (issue 17): a caseworker opens a
 * case about an adult named in a report and proposes a Community Protection Warning (skipping the voluntary stages,
 * justified); a supervisor approves it; its service is recorded. The CPW's time to comply passes (its timer is fired,
 * as nobody can wait 14 days in a test); the caseworker proposes a Community Protection Notice with a requirement to
 * stop and one to do, a supervisor approves it, it is served; a breach is reported and confirmed; a fixed penalty is
 * issued and recorded paid. What the users see is names and UK dates, and the case page passes axe.
 */
@BrowserTest
class CommunityProtectionBrowserIT {

    private static final String PERSON = "Dora Dumper";

    @Autowired
    RuntimeService runtimeService;
    @Autowired
    ManagementService managementService;

    @Test
    void fromAWarningToAFixedPenaltyPaid(Browser browser) {
        LocalDate today = LocalDate.now(UkDates.ZONE);
        browser.signIn("caseworker");
        String report = Journeys.logReport(browser, "14 Tip Lane, Ash",
                "Waste and old furniture piled in the front garden of 14 Tip Lane, attracting rats.", PERSON,
                "03/03/1990");
        String escalationCase = Journeys.openEscalationCase(browser, report, PERSON, "14 Tip Lane, Ash, TN15 7AA");
        browser.waitForText(escalationCase + " · " + PERSON);
        browser.waitForText("Born 3 Mar 1990");

        // The warning: the voluntary stages may be skipped, with a justification the supervisor approves.
        propose(browser, "4. Community Protection Warning (14 days by default)", report,
                "Waste and old furniture kept in the front garden since March, attracting rats to the neighbours' homes.");
        approveAndServe(browser, escalationCase, "Community Protection Warning");
        browser.waitForText("CPW time to comply until " + UkDates.day(today.plusDays(14)));

        timeToComplyPasses(escalationCase);
        browser.open("/escalation/case/" + escalationCase);
        browser.waitForText("The CPW's time to comply has passed: a CPN may be proposed");

        // The notice: what must stop, and what must be done by when (s43(3)).
        LocalDate clearBy = today.plusDays(28);
        browser.select("Step", "5. Community Protection Notice (365 days by default)");
        browser.type("CPN: what must stop (one per line)", "Stop keeping waste in the front garden");
        browser.type("CPN: what must be done (one per line, each ending \"by dd/mm/yyyy\")",
                "Clear the waste from the front garden by " + UkDates.NUMERIC.format(clearBy));
        propose(browser, null, report, "The garden is still full of waste and the rats are back, after the warning's "
                + "14 days.");
        approveAndServe(browser, escalationCase, "Community Protection Notice");
        browser.waitForText("Requirements of the notice served " + UkDates.day(today));
        browser.waitForText("Stop: Stop keeping waste in the front garden");
        browser.waitForText("Do: Clear the waste from the front garden, by " + UkDates.day(clearBy));

        // A breach, confirmed; a fixed penalty (s52), paid within its 14 days.
        Journeys.openDetails(browser, "Report a breach");
        browser.type("What happened, when and where", "More bags of waste dumped in the garden on Saturday.");
        browser.click("Report a breach");
        browser.waitForText("Breach reported: a caseworker will confirm it");
        browser.type("Note", "Seen by the enforcement officer on Monday.");
        browser.click("Confirm the breach");
        browser.waitForText("Breach confirmed");

        Journeys.openDetails(browser, "Fixed penalty");
        browser.click("Issue a fixed penalty of £100");
        browser.waitForText("Fixed penalty issued: payable within 14 days");
        Journeys.openDetails(browser, "Fixed penalty");
        browser.waitForText("£100 issued " + UkDates.day(today) + " · Payable by " + UkDates.day(today.plusDays(14)));
        browser.type("Day it was paid", UkDates.NUMERIC.format(today));
        browser.click("Record the payment");
        browser.waitForText("Payment recorded");

        Journeys.openDetails(browser, "Fixed penalty");
        browser.waitForText("£100 issued " + UkDates.day(today) + " · Paid " + UkDates.day(today));
        assertThat(browser.text()).contains(PERSON).doesNotContain(today.toString());
        assertThat(Axe.seriousViolations(browser)).as("the case page with its enforcement").isEmpty();
    }

    /**
     * Proposes the step chosen in the form (choosing {@code step} first when given) on the case page that is open,
     * served by hand, with the report as its evidence; a step that skips a stage gets its justification.
     */
    private static void propose(Browser browser, String step, String report, String conduct) {
        if (step != null) {
            browser.select("Step", step);
            browser.type("Justification for skipping a stage", "Rats reach the neighbours' kitchens: the voluntary "
                    + "letters would take months.");
        }
        browser.select("How it will be served", "Hand delivered");
        browser.type("Conduct", conduct);
        WebElementChoice.chooseFirstMatching(browser, "Evidence (reports about the person)", report);
        browser.click("Propose to a supervisor");
        browser.waitForText("Proposed to the supervisors");
    }

    /** The supervisor approves the proposal; the caseworker records that it was served by hand today. */
    private static void approveAndServe(Browser browser, String escalationCase, String stageLabel) {
        browser.signIn("supervisor");
        browser.open("/escalation/case/" + escalationCase);
        browser.waitForText(stageLabel);
        browser.click("Approve");
        browser.waitForText(stageLabel + " approved: serve it");

        browser.signIn("caseworker");
        browser.open("/escalation/case/" + escalationCase);
        browser.waitForText("Nothing runs until it is served");
        browser.type("Served by", "Casey Caseworker");
        browser.click("Record the service");
        browser.waitForText(stageLabel + " served: its deadlines run from " + UkDates.day(LocalDate.now(UkDates.ZONE)));
    }

    /** The CPW's 14 days pass: its timer fires now, as the engine would fire it on the day. */
    private void timeToComplyPasses(String escalationCase) {
        String processInstance = runtimeService.createProcessInstanceQuery()
                .processDefinitionKey(AsbEscalationProcess.KEY).processInstanceBusinessKey(escalationCase)
                .singleResult().getId();
        Job timer = managementService.createJobQuery().processInstanceId(processInstance).timers()
                .activityId(AsbEscalationProcess.TIME_TO_COMPLY_ENDS).singleResult();
        managementService.executeJob(timer.getId());
    }
}
