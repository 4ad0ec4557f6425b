package org.csucasework.people;

import java.util.Locale;

/** Normalises names and addresses for matching: case, punctuation and repeated spaces do not tell people apart. */
public final class MatchKeys {

    private MatchKeys() {
    }

    public static String of(String text) {
        if (text == null) {
            return "";
        }
        return text.toLowerCase(Locale.UK).replaceAll("[^\\p{L}\\p{Nd}]+", " ").trim();
    }
}
