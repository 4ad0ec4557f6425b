package org.csucasework.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Correcting a refused report field by field, as a user does after a failed save (issue 19): at every step the error
 * summary names exactly the fields marked wrong, no more and no fewer, its count goes down with each field put right,
 * a malformed e-mail is named rather than dropped, and once all is right the report is logged with no error left.
 */
@BrowserTest
class ReportRevalidationBrowserIT {

    private static final String DESCRIPTION = "Revalidation: a dog barking all night at 27 Revalidation Row.";

    /** How each field the summary may name is put right. A new place needs its ward, so the place's fix gives both. */
    private static final Map<String, Consumer<Browser>> FIXES = Map.of(
            "Category", b -> b.choose("Category", "ASB: Nuisance behaviour"),
            "Place", b -> b.choose("Place", "27 Revalidation Row, Ash").choose("Ward", "Ash"),
            "Ward", b -> b.choose("Ward", "Ash"),
            "Reporter's name", b -> Journeys.nameField(b, "Reporter's name", "Robin Reporter"),
            "Reporter's e-mail", b -> b.type("Reporter's e-mail", "robin.reporter@example.org"),
            "Reporter's phone", b -> b.type("Reporter's phone", "01732 000000"),
            "What was reported", b -> b.type("What was reported", DESCRIPTION));

    /**
     * The summary's count (from its heading "There is a problem" or "There are N problems"), the field label each of
     * its lines starts with ("Category: Choose a category"), and the labels of the fields on show marked invalid.
     */
    private static final String STATE = """
            const visible = e => !!(e.offsetWidth || e.offsetHeight || e.getClientRects().length);
            const summary = document.querySelector('.error-summary');
            const shown = !!summary && visible(summary);
            const heading = shown ? (summary.querySelector('h2') || {textContent: ''}).textContent : '';
            const count = !shown ? 0 : /There is a problem/.test(heading) ? 1
                : parseInt((heading.match(/There are (\\d+) problems/) || [0, -1])[1], 10);
            const lines = shown ? [...summary.querySelectorAll('li')].map(li => li.textContent.trim()) : [];
            const invalid = [...document.querySelectorAll('[invalid]')]
                .filter(e => e.localName.startsWith('vaadin-') && e.label && visible(e)).map(e => e.label);
            return {count: count, lines: lines, invalid: invalid};
            """;

    @Test
    void theSummaryFollowsEachFieldPutRightAndNamesAMalformedEmail(Browser browser) {
        browser.signIn("caseworker");
        browser.open("/reports/new");
        browser.type("Reporter's e-mail", "robin@@example");
        browser.click("Log report");

        Summary summary = summary(browser);
        assertThat(summary.labels()).as("the malformed e-mail is named").contains("Reporter's e-mail");
        assertThat(browser.field("Reporter's e-mail").findElement(By.cssSelector("[slot='error-message']")).getText())
                .as("its message says what is wrong").contains("e-mail");
        assertThat(browser.field("Reporter's e-mail").getDomProperty("value")).as("what was typed is kept")
                .isEqualTo("robin@@example");
        assertThat(Axe.seriousViolations(browser)).as("the form with its errors is accessible").isEmpty();

        while (browser.path().startsWith("/reports/new")) {
            String wrong = summary.labels().get(0);
            assertThat(FIXES).as("a way to put right \"" + wrong + "\" (summary: " + summary + ")").containsKey(wrong);
            FIXES.get(wrong).accept(browser);
            // The change reaches the server a moment after the field shows it: wait for the summary to let it go.
            browser.waitFor(() -> summary(browser).labels().contains(wrong) ? null : wrong);
            browser.click("Log report");
            if (browser.path().startsWith("/reports/new")) {
                Summary next = summary(browser);
                assertThat(next.count()).as("fewer problems once " + wrong + " is right: " + next)
                        .isLessThan(summary.count());
                assertThat(next.labels()).as("no stale error for " + wrong).doesNotContain(wrong);
                summary = next;
            }
        }
        browser.waitForText(DESCRIPTION);
        assertThat(browser.path()).as("the report was logged and its page opened").matches("/reports/[A-Z]+-\\d{4}-\\d+.*");
    }

    /** The summary as it is now, checked against the fields: each line names a field marked wrong, and only those. */
    @SuppressWarnings("unchecked")
    private static Summary summary(Browser browser) {
        browser.waitForVaadin();
        Map<String, Object> state = (Map<String, Object>) browser.js(STATE);
        Summary summary = new Summary(((Number) state.get("count")).intValue(), (List<String>) state.get("lines"),
                (List<String>) state.get("invalid"));
        assertThat(summary.count()).as("the heading counts the lines: " + summary).isEqualTo(summary.lines().size());
        assertThat(summary.labels()).as("the summary names exactly the fields marked wrong: " + summary)
                .containsExactlyInAnyOrderElementsOf(summary.invalid());
        return summary;
    }

    private record Summary(int count, List<String> lines, List<String> invalid) {

        /** The field each line is about: lines read "Label: message". */
        List<String> labels() {
            return lines.stream().map(line -> line.contains(": ") ? line.substring(0, line.indexOf(": ")) : line)
                    .toList();
        }
    }
}
