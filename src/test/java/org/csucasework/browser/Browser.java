package org.csucasework.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One user's Chromium, driven through Debian's chromedriver: Selenium is given both paths, so Selenium Manager never
 * runs and nothing is downloaded. Components are found the way a user finds them: fields by their label, buttons by
 * their text or accessible name; every step waits for Vaadin to finish its round trip to the server.
 */
public final class Browser implements AutoCloseable {

    public static final String PASSWORD = "Casework-demo-2026";
    private static final Duration WAIT = Duration.ofSeconds(30);

    /** The components with this label (the {@code label} property Vaadin's fields carry) that are on show. */
    private static final String FIELDS_BY_LABEL = """
            const visible = e => !!(e.offsetWidth || e.offsetHeight || e.getClientRects().length);
            return [...document.querySelectorAll('*')]
                .filter(e => e.localName.startsWith('vaadin-') && e.label === arguments[0] && visible(e));
            """;
    private static final String BUTTONS_BY_NAME = """
            const visible = e => !!(e.offsetWidth || e.offsetHeight || e.getClientRects().length);
            return [...document.querySelectorAll('vaadin-button, a, button, vaadin-side-nav-item')]
                .filter(e => visible(e) && ((e.innerText || '').trim() === arguments[0]
                    || e.getAttribute('aria-label') === arguments[0]));
            """;
    private static final String VAADIN_IDLE = """
            if (document.readyState !== 'complete') return false;
            if (!window.Vaadin || !window.Vaadin.Flow || !window.Vaadin.Flow.clients) return true;
            return Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive());
            """;

    private final String baseUrl;
    private final Path profile;
    private final ChromeDriver driver;

    public Browser(String baseUrl) {
        this.baseUrl = baseUrl;
        try {
            this.profile = Files.createTempDirectory("chromium-profile");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String chromium = System.getProperty("browser.chromium", "/usr/bin/chromium");
        String chromedriver = System.getProperty("browser.chromedriver", "/usr/bin/chromedriver");
        if (!new File(chromium).canExecute() || !new File(chromedriver).canExecute()) {
            throw new IllegalStateException("The browser tests need Chromium at " + chromium + " and its driver at "
                    + chromedriver + " (Debian: apt-get install -y chromium chromium-driver); skip them with -DskipITs");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--window-size=1366,900", "--lang=en-GB", "--user-data-dir=" + profile.toAbsolutePath());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(chromedriver)).usingAnyFreePort().build();
        this.driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(WAIT);
    }

    // Navigation and signing in

    /** Opens a path of the application ("/tasking") and waits for the page. */
    public Browser open(String path) {
        driver.get(baseUrl + path);
        waitForVaadin();
        return this;
    }

    /** Signs out whoever was signed in (a fresh session) and signs in as the demo user. */
    public Browser signIn(String username) {
        driver.manage().deleteAllCookies();
        open("/login");
        WebElement user = waitFor(() -> visible(By.cssSelector("#vaadinLoginUsername input")));
        user.sendKeys(username);
        WebElement password = driver.findElement(By.cssSelector("#vaadinLoginPassword input"));
        password.sendKeys(PASSWORD, Keys.ENTER);
        new WebDriverWait(driver, WAIT).until(d -> !d.getCurrentUrl().contains("/login"));
        waitForVaadin();
        return this;
    }

    /**
     * Sets the size of the page's viewport in CSS pixels, as a phone of that size shows it, and waits until the page
     * has taken it (the layouts' media queries answer to the resize event). Chromium's device emulation rather than a
     * window size: the window's frame would otherwise eat into the width, which differs between Chromium versions.
     */
    public Browser resize(int width, int height) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
        new WebDriverWait(driver, WAIT).until(d -> Long.valueOf(width).equals(js("return window.innerWidth")));
        waitForVaadin();
        return this;
    }

    public String currentUrl() {
        return driver.getCurrentUrl();
    }

    public String path() {
        return driver.getCurrentUrl().substring(baseUrl.length());
    }

    // Finding

    /** The field on show with exactly this label; fails when there is none or more than one. */
    public WebElement field(String label) {
        return waitFor(() -> single(elements(FIELDS_BY_LABEL, label), "field labelled \"" + label + "\""));
    }

    /** The button or link on show with exactly this text or accessible name. */
    public WebElement button(String name) {
        return waitFor(() -> single(elements(BUTTONS_BY_NAME, name), "button or link \"" + name + "\""));
    }

    public boolean hasButton(String name) {
        waitForVaadin();
        return !elements(BUTTONS_BY_NAME, name).isEmpty();
    }

    public WebElement byId(String id) {
        return waitFor(() -> visible(By.id(id)));
    }

    /** The first element on show matching the CSS selector. */
    public WebElement css(String selector) {
        return waitFor(() -> visible(By.cssSelector(selector)));
    }

    /** The text on show, overlays and dialogs included. */
    public String text() {
        waitForVaadin();
        return (String) js("return document.body.innerText");
    }

    public void waitForText(String text) {
        try {
            new WebDriverWait(driver, WAIT).until(d -> text().contains(text));
        } catch (RuntimeException e) {
            throw new AssertionError("Expected the page to show \"" + text + "\"; it shows:\n" + text(), e);
        }
    }

    // Acting

    public Browser click(String buttonName) {
        WebElement button = reveal(button(buttonName));
        new WebDriverWait(driver, WAIT).until(d -> button.getAttribute("disabled") == null);
        button.click();
        waitForVaadin();
        return this;
    }

    /** Replaces the text of the field with this label (text field, text area, e-mail field). */
    public Browser type(String label, String text) {
        WebElement field = reveal(field(label));
        WebElement input = inputOf(field);
        if (field.getTagName().equals("vaadin-date-picker")) {
            // A click or Tab would go into the calendar overlay; Enter takes the typed date and closes it.
            js("arguments[0].focus()", input);
            input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
            input.sendKeys(text, Keys.ENTER);
            waitForVaadin();
            return this;
        }
        input.click();
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys(text);
        input.sendKeys(Keys.TAB);
        waitForVaadin();
        return this;
    }

    /** Chooses an option of a combo box by typing its whole label and pressing Enter, as a keyboard user would. */
    public Browser choose(String label, String option) {
        WebElement comboBox = reveal(field(label));
        WebElement input = inputOf(comboBox);
        input.click();
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys(option);
        waitForVaadin();
        input.sendKeys(Keys.ENTER);
        waitForVaadin();
        input.sendKeys(Keys.TAB);
        waitForVaadin();
        assertThat(input.getDomProperty("value")).as("value of " + label).isEqualTo(option);
        return this;
    }

    /** Chooses an option of a select (dropdown) or a radio button group by its text. */
    public Browser select(String label, String option) {
        WebElement field = reveal(field(label));
        if (field.getTagName().equals("vaadin-radio-group")) {
            WebElement radio = waitFor(() -> single(elements("""
                    return [...arguments[0].querySelectorAll('vaadin-radio-button')]
                        .filter(r => r.label === arguments[1] || r.textContent.trim() === arguments[1]);
                    """, field, option), "radio button \"" + option + "\""));
            radio.findElement(By.cssSelector("input")).click();
        } else {
            field.click();
            waitForVaadin();
            WebElement item = waitFor(() -> single(elements("""
                    const visible = e => !!(e.offsetWidth || e.offsetHeight || e.getClientRects().length);
                    return [...document.querySelectorAll('vaadin-select-item, vaadin-item, vaadin-combo-box-item')]
                        .filter(i => visible(i) && i.textContent.trim() === arguments[0]);
                    """, option), "option \"" + option + "\""));
            item.click();
        }
        waitForVaadin();
        return this;
    }

    public Browser check(String label) {
        WebElement checkbox = reveal(field(label));
        if (!Boolean.TRUE.equals(checkbox.getDomProperty("checked"))) {
            checkbox.findElement(By.cssSelector("input")).click();
        }
        waitForVaadin();
        return this;
    }

    /** Keys sent to whatever has the focus, as a keyboard-only user types them. */
    public Browser keys(CharSequence... keys) {
        new Actions(driver).sendKeys(keys).perform();
        waitForVaadin();
        return this;
    }

    /** Presses the last key with the ones before it (modifiers) held down, for example Alt+N or Ctrl+Enter. */
    public Browser chord(CharSequence... keys) {
        Actions actions = new Actions(driver);
        for (int i = 0; i < keys.length - 1; i++) {
            actions = actions.keyDown(keys[i]);
        }
        actions = actions.sendKeys(keys[keys.length - 1]);
        for (int i = keys.length - 2; i >= 0; i--) {
            actions = actions.keyUp(keys[i]);
        }
        actions.perform();
        waitForVaadin();
        return this;
    }

    /** The element that has the keyboard focus, looking into shadow roots: its tag, id, label and text. */
    public Map<String, Object> focused() {
        @SuppressWarnings("unchecked")
        Map<String, Object> focused = (Map<String, Object>) js("""
                let e = document.activeElement;
                const path = [];
                while (e) {
                    path.push(e);
                    if (!e.shadowRoot || !e.shadowRoot.activeElement) break;
                    e = e.shadowRoot.activeElement;
                }
                // The Vaadin component around a focused native input (the input itself has no label property).
                const component = path.slice().reverse().find(x => x.localName && x.localName.startsWith('vaadin-'))
                    || (path[path.length - 1].closest && path[path.length - 1].closest('[class*=vaadin], vaadin-text-field'));
                const inner = path[path.length - 1];
                const owner = inner.closest ? inner.closest('vaadin-text-field, vaadin-text-area, vaadin-combo-box,'
                    + ' vaadin-date-picker, vaadin-select, vaadin-button, vaadin-radio-group, vaadin-checkbox,'
                    + ' vaadin-radio-button, vaadin-checkbox-group') : null;
                const target = owner || component || inner;
                return {tag: target.localName, id: target.id || '', label: target.label || '',
                        text: (target.textContent || '').trim().substring(0, 200), innerTag: inner.localName};
                """);
        return focused;
    }

    /** The whole body of a same-origin download, fetched by the page with the user's session. */
    public byte[] download(String href) {
        String base64 = (String) driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0], {credentials: 'same-origin'}).then(r => r.blob()).then(b => {
                    const reader = new FileReader();
                    reader.onload = () => done(reader.result.substring(reader.result.indexOf(',') + 1));
                    reader.readAsDataURL(b);
                }).catch(e => done(''));
                """, href);
        return java.util.Base64.getDecoder().decode(base64);
    }

    /** Runs a same-origin request from the page with the user's session, as a download link does. */
    @SuppressWarnings("unchecked")
    public Map<String, Object> fetch(String href) {
        return (Map<String, Object>) driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0], {credentials: 'same-origin'}).then(async r => {
                    const bytes = new Uint8Array(await r.arrayBuffer());
                    done({status: r.status, type: r.headers.get('content-type') || '',
                          disposition: r.headers.get('content-disposition') || '', size: bytes.length,
                          start: String.fromCharCode(...bytes.slice(0, 5))});
                }).catch(e => done({status: -1, type: String(e), disposition: '', size: 0, start: ''}));
                """, href);
    }

    // Plumbing

    public Object js(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    public Object asyncJs(String script, Object... arguments) {
        return driver.executeAsyncScript(script, arguments);
    }

    public void waitForVaadin() {
        new WebDriverWait(driver, WAIT).until(d -> Boolean.TRUE.equals(js(VAADIN_IDLE)));
    }

    public <T> T waitFor(Supplier<T> found) {
        waitForVaadin();
        RuntimeException[] last = new RuntimeException[1];
        try {
            return new WebDriverWait(driver, WAIT).until(d -> {
                try {
                    return found.get();
                } catch (RuntimeException e) {
                    last[0] = e;
                    return null;
                }
            });
        } catch (RuntimeException timeout) {
            if (last[0] != null) {
                throw new AssertionError(last[0].getMessage() + " on " + path(), timeout);
            }
            throw timeout;
        }
    }

    Path saveScreenshot(Path directory, String name) throws IOException {
        Path png = directory.resolve(name + ".png");
        Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), png, StandardCopyOption.REPLACE_EXISTING);
        Files.writeString(directory.resolve(name + ".txt"), driver.getCurrentUrl() + "\n\n" + js(
                "return document.body.innerText"), StandardCharsets.UTF_8);
        return png;
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException ignored) {
                // A temporary profile left behind is harmless.
            }
        }
    }

    /** Scrolls the element to the middle of its scrolling container (the app layout's, not the window's). */
    public WebElement reveal(WebElement element) {
        js("arguments[0].scrollIntoView({block: 'center', inline: 'nearest'})", element);
        return element;
    }

    @SuppressWarnings("unchecked")
    private List<WebElement> elements(String script, Object... arguments) {
        return (List<WebElement>) js(script, arguments);
    }

    private WebElement visible(By by) {
        WebElement element = driver.findElement(by);
        if (!element.isDisplayed()) {
            throw new IllegalStateException(by + " is not on show");
        }
        return element;
    }

    private static WebElement single(List<WebElement> found, String what) {
        if (found.isEmpty()) {
            throw new IllegalStateException("No " + what + " on show");
        }
        if (found.size() > 1) {
            throw new IllegalStateException(found.size() + " of " + what + " on show");
        }
        return found.get(0);
    }

    private static WebElement inputOf(WebElement field) {
        List<WebElement> inputs = field.findElements(By.cssSelector("input, textarea"));
        if (inputs.isEmpty()) {
            throw new IllegalStateException(field.getTagName() + " has no input");
        }
        return inputs.get(0);
    }
}
