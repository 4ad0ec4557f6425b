package org.csucasework.browser;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * A test in a real Chromium against the whole application on its own PostgreSQL database (see
 * {@link BrowserDatabaseInitializer}), with the demo accounts and demo data. Vaadin runs in development mode from its
 * pre-built development bundle (no npm build); its development tools are off, so that the pages are the users'.
 * Every browser test uses exactly this configuration, so Spring starts once for all of them.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "vaadin.devmode.devTools.enabled=false",
        "vaadin.launch-browser=false"})
@ActiveProfiles("test")
@ContextConfiguration(initializers = BrowserDatabaseInitializer.class)
@ExtendWith(BrowserExtension.class)
public @interface BrowserTest {
}
