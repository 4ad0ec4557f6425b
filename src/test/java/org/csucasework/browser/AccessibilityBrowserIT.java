package org.csucasework.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * WCAG 2.2 AA with axe-core on every main view, as the role that uses it sees it with the demo data: no serious or
 * critical violations. One browser per role (signing in once), every view of that role checked, all findings
 * reported together. The Community MARAC views are checked as a member (police) and as the chair (supervisor), who
 * sees the meeting's forms.
 */
@BrowserTest
class AccessibilityBrowserIT {

    static Stream<Arguments> viewsByRole() {
        return Stream.of(
                Arguments.of("caseworker", List.of("/", "/reports/new", "/tasking", "/my-actions", "/reports/{report}",
                        "/task-groups", "/task-groups/new", "/task-groups/{group}", "/escalation/cases",
                        "/escalation/case/{case}", "/escalation/letters", "/no-such-page", "/search?q=ash", "/reports",
                        "/reports/{report}/edit", "/work-list")),
                Arguments.of("supervisor", List.of("/supervisor", "/reports", "/work-list", "/task-groups/approvals",
                        "/escalation/queue",
                        "/marac", "/marac/screening", "/marac/meetings/{meeting}", "/marac/cases/{marac}",
                        "/people/duplicates", "/case-reviews", "/case-reviews/new")),
                Arguments.of("analyst", List.of("/reporting/figures", "/reporting/partner-figures",
                        "/reporting/priorities", "/reporting/import")),
                Arguments.of("admin", List.of("/admin/users", "/admin/reference-data", "/admin/letter-templates")),
                Arguments.of("police", List.of("/", "/work-list", "/reports", "/search?q=ash", "/my-actions",
                        "/reports/new", "/marac/referrals/new", "/marac",
                        "/marac/cases/{marac}", "/marac/meetings/{meeting}")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("viewsByRole")
    void everyMainViewOfTheRoleHasNoSeriousOrCriticalViolations(String user, List<String> views, Browser browser) {
        browser.signIn(user);
        Map<String, List<String>> violations = new LinkedHashMap<>();
        for (String view : views) {
            String path = DemoReferences.resolve(view);
            browser.open(path);
            assertThat(browser.path()).as("the page opened").startsWith(path);
            List<String> found = Axe.seriousViolations(browser);
            if (!found.isEmpty()) {
                violations.put(path, found);
            }
        }
        assertThat(violations).as("serious and critical WCAG 2.2 AA violations, by page").isEmpty();
    }

    @org.junit.jupiter.api.Test
    void theSignInPageHasNoSeriousOrCriticalViolations(Browser browser) {
        browser.open("/login");
        assertThat(Axe.seriousViolations(browser)).isEmpty();
    }
}
