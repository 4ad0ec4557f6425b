package org.csucasework.search;

import java.util.Locale;

/**
 * What was typed into a search box, tidied: trimmed, single-spaced, at most {@link #MAX_LENGTH} characters. A case
 * search answers with at most {@code limit} hits, best first.
 */
public record SearchQuery(String text, int limit) {

    public static final int MAX_LENGTH = 100;
    public static final int MIN_LENGTH = 2;
    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 50;

    /** The text in upper case, as references are written (csu-2026-000001 finds CSU-2026-000001). */
    public String asReference() {
        return text.toUpperCase(Locale.ROOT).replace(" ", "");
    }

    /** Whether the text could be a person's name or a place: letters, at least three characters. */
    public boolean worthMatchingNames() {
        return text.length() >= 3;
    }
}
