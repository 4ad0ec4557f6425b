package org.csucasework.worklist;

import java.time.LocalDate;

/**
 * One thing waiting: what to do, the case it belongs to (its kind, reference and page), when it is due and whether
 * that has passed, and a note when something is amiss (a step still open on a closed report).
 */
public record WorkItem(Kind kind, String what, String caseKind, String reference, String url, LocalDate due,
                       boolean overdue, String note) {

    /** What sort of work it is. */
    public enum Kind {
        STEP("Process step"),
        CONTACT("Contact due"),
        ACTION("Action");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
