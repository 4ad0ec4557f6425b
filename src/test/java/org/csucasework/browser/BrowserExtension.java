package org.csucasework.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Gives each browser test method its own {@link Browser} (a fresh Chromium profile), saves a screenshot and the
 * page's text to {@code target/browser-screenshots} when the test fails, and closes the browser afterwards.
 */
public class BrowserExtension implements ParameterResolver, TestExecutionExceptionHandler, AfterEachCallback {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(BrowserExtension.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Browser.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getStore(NAMESPACE).getOrComputeIfAbsent("browser", key -> {
            String port = SpringExtension.getApplicationContext(context).getEnvironment()
                    .getRequiredProperty("local.server.port");
            return new Browser("http://localhost:" + port);
        }, Browser.class);
    }

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable throwable) throws Throwable {
        Browser browser = context.getStore(NAMESPACE).get("browser", Browser.class);
        if (browser != null) {
            Path directory = Path.of(System.getProperty("browser.screenshots", "target/browser-screenshots"));
            String name = context.getRequiredTestClass().getSimpleName() + "-" + context.getRequiredTestMethod().getName();
            try {
                Files.createDirectories(directory);
                Path saved = browser.saveScreenshot(directory, name);
                throwable.addSuppressed(new AssertionError("Screenshot of the failed journey: " + saved.toAbsolutePath()
                        + " (URL " + browser.currentUrl() + ")"));
            } catch (Exception e) {
                throwable.addSuppressed(e);
            }
        }
        throw throwable;
    }

    @Override
    public void afterEach(ExtensionContext context) {
        Browser browser = context.getStore(NAMESPACE).remove("browser", Browser.class);
        if (browser != null) {
            browser.close();
        }
    }
}
