package org.csucasework.reporting;

/** What a partner figures import stored: new counts, and counts that replaced earlier ones for the same period. */
public record PartnerImportResult(int rows, int added, int replaced) {
}
