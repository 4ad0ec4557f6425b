package org.csucasework.browser;

import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;

/**
 * The place for the Community MARAC journey (a referral to a meeting decision), which is being built in parallel.
 * When the MARAC module is merged: log a report, refer it at the tasking meeting as Community MARAC (the decision
 * "Refer on", "Refer to" = Community MARAC, with a reason), open the MARAC meeting as the chair, record the decision,
 * and check what the partner officers see. Add its views to {@link AccessibilityBrowserIT} at the same time.
 */
@BrowserTest
class MaracJourneyBrowserIT {

    @Test
    @Disabled("Community MARAC module not merged yet: write this journey with it (see the class comment)")
    void aMaracReferralFromTheTaskingMeetingToAMeetingDecision(Browser browser) {
    }
}
