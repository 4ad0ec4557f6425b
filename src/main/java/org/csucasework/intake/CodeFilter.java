package org.csucasework.intake;

import java.util.Set;

/**
 * Which values of a {@link ReportDimension} a figure covers: the listed codes, or every code but the listed ones;
 * {@code includeMissing} adds the reports without a value (a report with no ward, an open report with no outcome).
 * "Every other code" is how a figures table counts unknown and retired codes instead of dropping them.
 */
public record CodeFilter(Set<String> codes, boolean allBut, boolean includeMissing) {

    public CodeFilter {
        codes = codes == null ? Set.of() : Set.copyOf(codes);
    }

    /** Every report. */
    public static CodeFilter all() {
        return new CodeFilter(Set.of(), true, true);
    }

    /** Reports with one of these codes. */
    public static CodeFilter anyOf(Set<String> codes) {
        return new CodeFilter(codes, false, false);
    }

    /** Reports with any other code, or none. */
    public static CodeFilter noneOf(Set<String> codes) {
        return new CodeFilter(codes, true, true);
    }

    /** Reports without a value. */
    public static CodeFilter missing() {
        return new CodeFilter(Set.of(), false, true);
    }

    /** Whether a report with this value (null for none) is covered: the same rule as the SQL. */
    public boolean covers(String code) {
        if (code == null) {
            return includeMissing;
        }
        return allBut != codes.contains(code);
    }
}
