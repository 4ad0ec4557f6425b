package org.csucasework.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** Choosing in a multi-select combo box by keyboard: type to filter, arrow down to the first match, Enter. */
final class WebElementChoice {

    private WebElementChoice() {
    }

    static void chooseFirstMatching(Browser browser, String label, String filter) {
        WebElement field = browser.reveal(browser.field(label));
        WebElement input = field.findElement(By.cssSelector("input"));
        input.click();
        input.sendKeys(filter);
        browser.waitForVaadin();
        input.sendKeys(Keys.ARROW_DOWN);
        input.sendKeys(Keys.ENTER);
        browser.waitForVaadin();
        input.sendKeys(Keys.ESCAPE);
        input.sendKeys(Keys.TAB);
        browser.waitForVaadin();
    }
}
