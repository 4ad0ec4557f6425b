package org.csucasework.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;

/**
 * The one history in a real browser: a caseworker opens a report, adds a note and attaches a photo through the
 * upload, and sees both at the top of the report's history.
 */
@BrowserTest
class CaseHistoryBrowserIT {

    @Test
    void aCaseworkerAddsANoteAndAPhotoAndSeesThemInTheHistory(Browser browser) throws Exception {
        Path photo = Files.createTempFile("broken-window-", ".png");
        BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        image.setRGB(10, 10, 0x336699);
        ImageIO.write(image, "png", photo.toFile());
        try {
            browser.signIn("caseworker");
            browser.open(DemoReferences.resolve("/reports/{report}"));
            browser.waitForText("History");

            browser.type("Case note", "Walked past at 9pm: quiet tonight.");
            browser.click("Add note");
            browser.waitForText("Note added to the history.");

            browser.type("Description of the document", "Photo of the broken window");
            WebElement fileInput = (WebElement) browser.js("return arguments[0].shadowRoot"
                    + ".querySelector('input[type=file]')", browser.byId("attach-document"));
            fileInput.sendKeys(photo.toAbsolutePath().toString());
            browser.waitForText("Attached " + photo.getFileName());

            String history = (String) browser.js("return document.querySelector('.history-grid').innerText");
            assertThat(history).contains("Walked past at 9pm: quiet tonight.", "Casey Caseworker",
                    "Attached " + photo.getFileName() + " (PNG image", "Photo of the broken window");
            assertThat(history.indexOf("Attached " + photo.getFileName()))
                    .as("newest first").isLessThan(history.indexOf("Walked past at 9pm"));
            assertThat(Axe.seriousViolations(browser)).isEmpty();
        } finally {
            Files.deleteIfExists(photo);
        }
    }
}
