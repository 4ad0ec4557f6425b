package org.csucasework.intake;

/** What a historic import stored: every row of the file, as closed or (awaiting the daily tasking) open reports. */
public record ImportResult(int imported, int closed, int open) {
}
