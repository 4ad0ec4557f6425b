package org.csucasework.people;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Matching keys: what makes two typed names or addresses the same person or place. */
class MatchKeysTests {

    @Test
    void caseSpacingAndPunctuationDoNotTellAddressesApart() {
        assertThat(MatchKeys.of("14 High Street, Sevenoaks"))
                .isEqualTo(MatchKeys.of("14  HIGH street sevenoaks"))
                .isEqualTo(MatchKeys.of(" 14 High-Street; Sevenoaks. "))
                .isEqualTo("14 high street sevenoaks");
    }

    @Test
    void anApostropheInANameIsTreatedAsASpace() {
        assertThat(MatchKeys.of("Siobhan O'Brien")).isEqualTo(MatchKeys.of("siobhan o brien"));
    }

    @Test
    void lettersWithAccentsAndDigitsAreKept() {
        assertThat(MatchKeys.of("Zoë Brontë-Smith 2")).isEqualTo("zoë brontë smith 2");
        assertThat(MatchKeys.of("Flat 1")).isNotEqualTo(MatchKeys.of("Flat 11"));
    }

    @Test
    void nothingTypedGivesAnEmptyKey() {
        assertThat(MatchKeys.of(null)).isEmpty();
        assertThat(MatchKeys.of("  ,. ")).isEmpty();
    }
}
