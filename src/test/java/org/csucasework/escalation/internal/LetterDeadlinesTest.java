package org.csucasework.escalation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * How a document states a deadline: written before it is served, a deadline of its own step is a period from the day
 * of service, never a date; a deadline fixed earlier (an ABA's term in a breach letter) stays a date.
 */
class LetterDeadlinesTest {

    private static final LocalDate WRITTEN = LocalDate.of(2026, 12, 7);

    @Test
    void aDeadlineRunningFromServiceIsAPeriodFromThatDay() {
        assertThat(LetterWriter.deadline(WRITTEN.plusDays(21), WRITTEN, true))
                .isEqualTo("the day 21 days after the day this is served on you");
        assertThat(LetterWriter.deadline(WRITTEN.plusDays(1), WRITTEN, true))
                .isEqualTo("the day after the day this is served on you");
        assertThat(LetterWriter.deadline(WRITTEN, WRITTEN, true)).isEqualTo("the day this is served on you");
    }

    @Test
    void aDeadlineFixedBeforeIsItsDateAndNoDeadlineIsBlank() {
        assertThat(LetterWriter.deadline(LocalDate.of(2027, 6, 8), WRITTEN, false)).isEqualTo("8 June 2027");
        assertThat(LetterWriter.deadline(null, WRITTEN, true)).isEmpty();
    }
}
