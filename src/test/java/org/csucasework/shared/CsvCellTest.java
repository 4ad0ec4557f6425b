package org.csucasework.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What every CSV export writes for a cell a spreadsheet would otherwise run as a formula. */
class CsvCellTest {

    @Test
    void formulasGetALeadingApostrophe() {
        assertThat(CsvCell.defuse("=HYPERLINK(\"http://x.test\",\"Click\")")).isEqualTo("'=HYPERLINK(\"http://x.test\",\"Click\")");
        assertThat(CsvCell.defuse("+cmd|' /C calc'!A0")).isEqualTo("'+cmd|' /C calc'!A0");
        assertThat(CsvCell.defuse("-2+3")).isEqualTo("'-2+3");
        assertThat(CsvCell.defuse("@SUM(1+1)")).isEqualTo("'@SUM(1+1)");
        assertThat(CsvCell.defuse("\t=1+1")).isEqualTo("'\t=1+1");
        assertThat(CsvCell.defuse("\r=1+1")).isEqualTo("'\r=1+1");
    }

    @Test
    void numbersAndOrdinaryTextAreLeftAsTheyAre() {
        assertThat(CsvCell.defuse("-207")).isEqualTo("-207");
        assertThat(CsvCell.defuse("-2.7")).isEqualTo("-2.7");
        assertThat(CsvCell.defuse("+12.5%")).isEqualTo("+12.5%");
        assertThat(CsvCell.defuse("CSU-2026-000001")).isEqualTo("CSU-2026-000001");
        assertThat(CsvCell.defuse("Kent Police")).isEqualTo("Kent Police");
        assertThat(CsvCell.defuse("")).isEmpty();
        assertThat(CsvCell.defuse(null)).isNull();
    }
}
