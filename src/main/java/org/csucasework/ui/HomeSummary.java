package org.csucasework.ui;

import java.util.List;

/** What a user's home page shows: who they are and the counts of their work that exist right now. */
public record HomeSummary(String fullName, String agencyName, List<String> roleLabels, List<Figure> figures) {

    /** One count with what it counts, and the page that lists what it counts (or null). */
    public record Figure(String label, long value, String link) {

        public Figure(String label, long value) {
            this(label, value, null);
        }
    }
}
