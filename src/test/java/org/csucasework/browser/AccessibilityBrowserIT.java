package org.csucasework.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * WCAG 2.2 AA with axe-core on every main view, as the role that uses it sees it with the demo data: no serious or
 * critical violations. (The Community MARAC views join this list when that module is merged.)
 */
@BrowserTest
class AccessibilityBrowserIT {

    static Stream<Arguments> mainViews() {
        return Stream.of(
                Arguments.of(null, "/login"),
                Arguments.of("caseworker", "/"),
                Arguments.of("caseworker", "/reports/new"),
                Arguments.of("caseworker", "/tasking"),
                Arguments.of("caseworker", "/my-actions"),
                Arguments.of("caseworker", "/reports/{report}"),
                Arguments.of("caseworker", "/task-groups"),
                Arguments.of("caseworker", "/task-groups/new"),
                Arguments.of("caseworker", "/task-groups/{group}"),
                Arguments.of("caseworker", "/escalation/cases"),
                Arguments.of("caseworker", "/escalation/case/{case}"),
                Arguments.of("caseworker", "/escalation/letters"),
                Arguments.of("supervisor", "/supervisor"),
                Arguments.of("supervisor", "/task-groups/approvals"),
                Arguments.of("supervisor", "/escalation/queue"),
                Arguments.of("analyst", "/reporting/figures"),
                Arguments.of("analyst", "/reporting/partner-figures"),
                Arguments.of("analyst", "/reporting/priorities"),
                Arguments.of("admin", "/reporting/import"),
                Arguments.of("admin", "/admin/users"),
                Arguments.of("admin", "/admin/reference-data"),
                Arguments.of("admin", "/admin/letter-templates"),
                Arguments.of("police", "/my-actions"),
                Arguments.of("police", "/reports/new"));
    }

    @ParameterizedTest(name = "{1} as {0}")
    @MethodSource("mainViews")
    void mainViewHasNoSeriousOrCriticalViolations(String user, String view, Browser browser) {
        if (user != null) {
            browser.signIn(user);
        }
        String path = DemoReferences.resolve(view);
        browser.open(path);
        assertThat(browser.path()).as("the page opened").startsWith(path.equals("/") ? "/" : path);

        List<String> violations = Axe.seriousViolations(browser);

        assertThat(violations).as("serious and critical WCAG 2.2 AA violations on " + path).isEmpty();
    }
}
