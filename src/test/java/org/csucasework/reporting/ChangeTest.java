package org.csucasework.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ChangeTest {

    @Test
    void percentagesHaveOneDecimalPlaceRoundedHalfAwayFromZero() {
        assertThat(Change.percentage(2L, 1L)).hasToString("100.0");
        assertThat(Change.percentage(4L, 3L)).hasToString("33.3");
        assertThat(Change.percentage(5L, 3L)).hasToString("66.7");
        assertThat(Change.percentage(81L, 80L)).hasToString("1.3");   // 1.25
        assertThat(Change.percentage(79L, 80L)).hasToString("-1.3");  // -1.25
        assertThat(Change.percentage(80L, 81L)).hasToString("-1.2");  // -1.2345...
        assertThat(Change.percentage(7393L, 7600L)).hasToString("-2.7"); // the seed's Table 3
        assertThat(Change.percentage(39L, 42L)).hasToString("-7.1");     // the seed's Table 4, alarms
        assertThat(Change.percentage(3L, 3L)).hasToString("0.0");
    }

    @Test
    void aPercentageIsEmptyWhereThePreviousFigureIsZeroOrMissing() {
        assertThat(Change.percentage(5L, 0L)).isNull();
        assertThat(Change.percentage(0L, 0L)).isNull();
        assertThat(Change.percentage(5L, null)).isNull();
        assertThat(Change.text(Change.percentage(5L, 0L))).isEmpty();
    }

    @Test
    void ratesPerThousandHaveTwoDecimalPlaces() {
        assertThat(Change.ratePerThousand(7393L, 120_800)).hasToString("61.20");
        assertThat(Change.ratePerThousand(51L, 120_800)).hasToString("0.42");
        assertThat(Change.ratePerThousand(null, 120_800)).isNull();
    }

    @Test
    void aStrategicYearRunsFromItsStartMonthAndIsComparedWithTheYearBefore() {
        Period year = Period.strategicYearContaining(LocalDate.of(2020, 3, 5), 10);
        assertThat(year).isEqualTo(new Period(LocalDate.of(2019, 10, 1), LocalDate.of(2020, 9, 30)));
        assertThat(year.previous()).isEqualTo(new Period(LocalDate.of(2018, 10, 1), LocalDate.of(2019, 9, 30)));
        assertThat(Period.strategicYearContaining(LocalDate.of(2020, 10, 1), 10).from()).isEqualTo(LocalDate.of(2020, 10, 1));
        assertThat(year.months()).hasSize(12);
        Period days = new Period(LocalDate.of(2020, 2, 10), LocalDate.of(2020, 2, 19));
        assertThat(days.previous()).isEqualTo(new Period(LocalDate.of(2020, 1, 31), LocalDate.of(2020, 2, 9)));
    }
}
