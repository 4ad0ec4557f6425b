package org.csucasework.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Form errors are announced and linked to their fields (WCAG 3.3.1, 1.3.1, 4.1.3): the summary is a live alert,
 * each field at fault is marked invalid for assistive technology and names its message in aria-describedby, the
 * focus moves to the first field at fault, and nothing typed is lost.
 */
@BrowserTest
class FormErrorsBrowserIT {

    @Test
    void savingAnIncompleteReportAnnouncesTheErrorsAndLinksEachToItsField(Browser browser) {
        browser.signIn("caseworker");
        browser.open("/reports/new");
        String description = "Typed before the errors: must still be here after them.";
        browser.type("What was reported", description);
        browser.click("Log report");

        WebElement summary = browser.css(".error-summary");
        assertThat(summary.getAttribute("role")).isEqualTo("alert");
        assertThat(summary.getText()).contains("problem").contains("Category");

        Map<String, Object> focus = browser.focused();
        assertThat(focus.get("label")).as("the focus moved to the first field at fault").isEqualTo("Category");

        WebElement category = browser.field("Category");
        assertThat(category.getAttribute("invalid")).isNotNull();
        WebElement input = category.findElement(By.cssSelector("input"));
        assertThat(input.getAttribute("aria-invalid")).isEqualTo("true");
        String message = (String) browser.js("""
                const ids = (arguments[0].getAttribute('aria-describedby') || '').split(/\\s+/);
                return ids.map(id => document.getElementById(id)).filter(e => e)
                    .map(e => e.textContent.trim()).filter(t => t).join(' | ');
                """, input);
        String shown = category.findElement(By.cssSelector("[slot='error-message']")).getText();
        assertThat(shown).isNotBlank();
        assertThat(message).as("the field's description names its error message").contains(shown);

        assertThat(inputValue(browser.field("What was reported"))).isEqualTo(description);
        assertThat(Axe.seriousViolations(browser)).as("the form with its errors is accessible").isEmpty();
    }

    private static String inputValue(WebElement field) {
        return field.findElement(By.cssSelector("input, textarea")).getDomProperty("value");
    }
}
