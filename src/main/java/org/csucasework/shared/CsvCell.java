package org.csucasework.shared;

import java.util.regex.Pattern;

/**
 * The one guard every CSV export puts on its cells against formula injection: a spreadsheet opening the file would run
 * a cell beginning with {@code = + - @} (or a tab or carriage return before one) as a formula, e.g. a partner's
 * {@code =HYPERLINK(...)} or {@code +cmd|...}. Such a cell gets a leading apostrophe, which spreadsheets show as text.
 * Plain numbers (-3, +12.5, -4.2%) are left alone so that figures stay figures.
 */
public final class CsvCell {

    private static final Pattern NUMBER = Pattern.compile("[+-]?\\d+([.,]\\d+)?%?");

    private CsvCell() {
    }

    /** The cell as written to a CSV file. */
    public static String defuse(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        char first = value.charAt(0);
        boolean formula = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t'
                || first == '\r';
        return formula && !NUMBER.matcher(value).matches() ? "'" + value : value;
    }
}
