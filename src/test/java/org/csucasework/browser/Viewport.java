package org.csucasework.browser;

import org.openqa.selenium.WebElement;

/**
 * What fits on the screen: whether the page scrolls sideways, and whether an element (a button, a label) is wholly
 * in view. Each check answers an empty string when all is well and otherwise says what is wrong and where, so that a
 * failed assertion names the element to fix rather than only "false".
 */
final class Viewport {

    /** A common phone (iPhone 12 to 15) in portrait, in CSS pixels: the narrowest screen the product supports. */
    static final int PHONE_WIDTH = 390;
    static final int PHONE_HEIGHT = 844;
    /** The browser tests' usual window (see {@link Browser}): a laptop. */
    static final int DESKTOP_WIDTH = 1366;
    static final int DESKTOP_HEIGHT = 900;

    /**
     * Empty when nothing scrolls sideways; otherwise what does, by how much, and the deepest elements reaching past the
     * window's right edge (their ancestors stick out only because of them). Vaadin's app layout scrolls its content
     * area itself and fixes its top bar in place, so the page alone (document.documentElement.scrollWidth against
     * window.innerWidth) would never grow wider: the content area and the top bar are measured too. Grids scroll
     * sideways inside themselves on purpose, so their cells are not named.
     */
    private static final String SIDEWAYS_OVERFLOW = """
            const root = (document.querySelector('vaadin-app-layout') || {}).shadowRoot;
            const boxes = [['the page', document.documentElement, window.innerWidth]];
            if (root) {
                boxes.push(['the content area', root.querySelector('[content]')]);
                boxes.push(['the top bar', root.querySelector('[part=navbar]')]);
                boxes.push(['the navigation drawer', root.querySelector('[part=drawer]')]);
            }
            const wider = boxes.filter(([what, box]) => box && box.getClientRects().length)
                .map(([what, box, width]) => [what, box.scrollWidth, width || box.clientWidth])
                .filter(([what, scrollWidth, width]) => scrollWidth > width);
            if (!wider.length) return '';
            const name = e => e.localName + (e.id ? '#' + e.id : '')
                + (typeof e.className === 'string' && e.className ? '.' + e.className.trim().split(/\\s+/).join('.') : '')
                + (e.label ? '[label="' + e.label + '"]' : '');
            const right = window.innerWidth;
            const wide = [...document.body.querySelectorAll('*')]
                .filter(e => !e.closest('vaadin-grid') && e.getClientRects().length
                    && e.getBoundingClientRect().right > right + 1);
            const deepest = wide.filter(e => !wide.some(other => other !== e && e.contains(other)));
            return wider.map(([what, scrollWidth, width]) => what + ' is ' + scrollWidth + ' px wide in ' + width + ' px')
                .join('; ') + '; reaching past the window: ' + deepest.slice(0, 8)
                .map(e => name(e) + ' (right edge ' + Math.round(e.getBoundingClientRect().right) + ')').join(', ');
            """;

    /**
     * Scrolls the page up or down only, as a user's thumb does, until the element is in the middle of the screen:
     * never sideways, so that a button a grid or a row pushed off to the right stays off and is found out. The app
     * layout scrolls its content area, not the window.
     */
    private static final String SCROLL_VERTICALLY_TO = """
            const area = ((document.querySelector('vaadin-app-layout') || {}).shadowRoot || document)
                .querySelector('[content]');
            const offset = arguments[0].getBoundingClientRect().top - window.innerHeight / 2;
            if (area) { area.scrollTop += offset; } else { window.scrollBy(0, offset); }
            """;

    /** Empty when the element's box is wholly inside the window; otherwise where it is. */
    private static final String OUTSIDE_WINDOW = """
            const r = arguments[0].getBoundingClientRect();
            const inside = r.width > 0 && r.height > 0 && r.left >= 0 && r.top >= 0
                && r.right <= window.innerWidth && r.bottom <= window.innerHeight;
            return inside ? '' : 'at ' + [r.left, r.top, r.right, r.bottom].map(Math.round).join(', ')
                + ' (left, top, right, bottom) in a window of ' + window.innerWidth + ' by ' + window.innerHeight;
            """;

    /**
     * Empty when the element's own text is laid out inside the box that would clip it (arguments[1], without its
     * scroll bar); otherwise how far it reaches. A Range measures the text as laid out, before an ellipsis or
     * overflow: hidden cuts it.
     */
    private static final String TEXT_CUT = """
            const range = document.createRange();
            range.selectNodeContents(arguments[0]);
            const text = range.getBoundingClientRect();
            const box = arguments[1];
            const left = box.getBoundingClientRect().left + box.clientLeft;
            const right = left + box.clientWidth;
            const cut = text.width === 0 || text.left < left - 1 || text.right > right + 1;
            return cut ? 'the text spans ' + Math.round(text.left) + ' to ' + Math.round(text.right)
                + ', the box it must fit ' + Math.round(left) + ' to ' + Math.round(right) : '';
            """;

    private Viewport() {
    }

    static void phone(Browser browser) {
        browser.resize(PHONE_WIDTH, PHONE_HEIGHT);
    }

    static void desktop(Browser browser) {
        browser.resize(DESKTOP_WIDTH, DESKTOP_HEIGHT);
    }

    /** Empty when nothing scrolls sideways: not the page, nor the app layout's content area or top bar. */
    static String sidewaysOverflow(Browser browser) {
        browser.waitForVaadin();
        return (String) browser.js(SIDEWAYS_OVERFLOW);
    }

    /** Scrolls the element into view as a user would (vertically) and answers where it is when it is not wholly seen. */
    static String outsideWindow(Browser browser, WebElement element) {
        browser.js(SCROLL_VERTICALLY_TO, element);
        return (String) browser.js(OUTSIDE_WINDOW, element);
    }

    /** Empty when the text of {@code element} is whole inside the navigation drawer; otherwise how it is cut. */
    static String cutByDrawer(Browser browser, WebElement element) {
        WebElement drawer = (WebElement) browser.js(
                "return document.querySelector('vaadin-app-layout').shadowRoot.querySelector('[part=drawer]')");
        return (String) browser.js(TEXT_CUT, element, drawer);
    }
}
