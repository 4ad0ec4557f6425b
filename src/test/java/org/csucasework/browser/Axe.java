package org.csucasework.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * axe-core (from npm, see the pom) run in the page: the WCAG 2.2 AA rules, and the violations a user would be
 * stopped or seriously hindered by (impact serious or critical).
 */
public final class Axe {

    public static final List<String> WCAG_22_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    private static String source;

    private Axe() {
    }

    /**
     * The serious and critical violations on the page now, one line each: rule, what it asks, and where; empty when
     * there are none.
     */
    @SuppressWarnings("unchecked")
    public static List<String> seriousViolations(Browser browser) {
        browser.waitForVaadin();
        // The whole page in view while axe looks, as a user who scrolls sees each part of it: otherwise a link half
        // scrolled under the fixed top bar, or past the bottom of the window, counts as a target too small to hit
        // (target-size, "partially obscured"). The viewport is put back afterwards.
        long width = ((Number) browser.js("return window.innerWidth")).longValue();
        long height = ((Number) browser.js("return window.innerHeight")).longValue();
        long wholePage = ((Number) browser.js("""
                let tallest = Math.max(window.innerHeight, document.documentElement.scrollHeight);
                const visit = root => {
                    for (const e of root.querySelectorAll('*')) {
                        const overflow = getComputedStyle(e).overflowY;
                        if ((overflow === 'auto' || overflow === 'scroll') && e.scrollHeight > e.clientHeight) {
                            tallest = Math.max(tallest, window.innerHeight + e.scrollHeight - e.clientHeight);
                        }
                        if (e.shadowRoot) {
                            visit(e.shadowRoot);
                        }
                    }
                };
                visit(document);
                return Math.min(tallest, 20000);
                """)).longValue();
        if (wholePage > height) {
            browser.resize((int) width, (int) wholePage);
        }
        try {
            return violations(browser);
        } finally {
            if (wholePage > height) {
                browser.resize((int) width, (int) height);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static List<String> violations(Browser browser) {
        if (Boolean.FALSE.equals(browser.js("return typeof window.axe !== 'undefined'"))) {
            browser.js(source());
        }
        Object result = browser.asyncJs("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})
                    .then(r => done(r.violations
                        .filter(v => v.impact === 'serious' || v.impact === 'critical')
                        // A grid's active cell is focusable for keyboard navigation, so axe measures it as a pointer
                        // target minus the link inside it (a strip above and below the link). The link is the
                        // target a user aims at, and it is measured on its own; the cell's strips are not.
                        .map(v => v.id !== 'target-size' ? v : Object.assign(v, {nodes: v.nodes.filter(n =>
                            !(JSON.stringify(n.target).includes('"#vaadin-grid-cell-')
                              && /partially obscured/.test(n.failureSummary || '')))}))
                        .filter(v => v.nodes.length > 0)
                        .map(v => ({id: v.id, impact: v.impact, help: v.help,
                                    nodes: v.nodes.slice(0, 5).map(n => JSON.stringify(n.target) + ' '
                                        + (n.failureSummary || '').replace(/\\s+/g, ' '))}))))
                    .catch(e => done([{id: 'axe-error', impact: 'critical', help: String(e), nodes: []}]));
                """, WCAG_22_AA);
        return ((List<Map<String, Object>>) result).stream()
                .map(v -> v.get("impact") + " " + v.get("id") + ": " + v.get("help") + "\n    "
                        + ((List<String>) v.get("nodes")).stream().collect(Collectors.joining("\n    ")))
                .toList();
    }

    private static synchronized String source() {
        if (source == null) {
            Path file = Path.of(System.getProperty("browser.axe", "target/axe/package/axe.min.js"));
            try {
                source = Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("axe-core is fetched by `mvn verify` (pre-integration-test) into "
                        + file + "; it is missing", e);
            }
        }
        return source;
    }
}
