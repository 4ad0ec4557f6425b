package org.csucasework.ui;

import com.vaadin.flow.component.UI;

/**
 * Works around a Vaadin 24.9 defect that axe-core reports as critical (aria-allowed-attr, WCAG 4.1.2): required
 * date-time pickers and checkbox groups put {@code aria-required} on their group element, and required selects on
 * their value button, where ARIA does not allow it. Assistive technology ignores it there; the inner inputs keep
 * their own required state, and the visible required indicator stays. A small observer in the page removes the
 * misplaced attribute whenever Vaadin sets it.
 */
final class AriaRequiredFix {

    private static final String SCRIPT = """
            if (!window.__caseworkAriaRequiredFix) {
                window.__caseworkAriaRequiredFix = true;
                const misplaced = 'vaadin-date-time-picker[aria-required], vaadin-checkbox-group[aria-required],'
                    + ' vaadin-select-value-button[aria-required]';
                const fix = () => document.querySelectorAll(misplaced).forEach(e => e.removeAttribute('aria-required'));
                new MutationObserver(fix).observe(document.body,
                    {subtree: true, childList: true, attributes: true, attributeFilter: ['aria-required']});
                fix();
            }
            """;

    private AriaRequiredFix() {
    }

    static void install(UI ui) {
        ui.getPage().executeJs(SCRIPT);
    }
}
