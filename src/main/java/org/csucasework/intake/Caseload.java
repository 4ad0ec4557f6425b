package org.csucasework.intake;

/** An officer's caseload: the open reports they are case officer for, and how many are over four weeks old. */
public record Caseload(String officer, long open, long olderThanFourWeeks) {
}
