package org.csucasework.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** The arithmetic every figures table shares, so that all of them round alike. */
public final class Change {

    private Change() {
    }

    /**
     * The change from {@code previous} to {@code current} in per cent, to one decimal place (half away from zero:
     * 2.25 becomes 2.3, -2.25 becomes -2.3); null (shown empty) when there is no previous figure or it is zero.
     */
    public static BigDecimal percentage(Long current, Long previous) {
        if (current == null || previous == null || previous == 0) {
            return null;
        }
        return BigDecimal.valueOf(current - previous).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(previous), 1, RoundingMode.HALF_UP);
    }

    /** A count per 1,000 people, to two decimal places (half up), as the seed's Table 3 gives it. */
    public static BigDecimal ratePerThousand(Long count, long population) {
        if (count == null || population <= 0) {
            return null;
        }
        return BigDecimal.valueOf(count).multiply(BigDecimal.valueOf(1000))
                .divide(BigDecimal.valueOf(population), 2, RoundingMode.HALF_UP);
    }

    public static Long difference(Long current, Long previous) {
        return current == null || previous == null ? null : current - previous;
    }

    /** For tables and CSV: the plain number, or empty. */
    public static String text(BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }
}
