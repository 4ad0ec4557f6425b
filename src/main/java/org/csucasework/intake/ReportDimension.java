package org.csucasework.intake;

/** A report attribute the annual figures are broken down by; each is a reference-data code on the report. */
public enum ReportDimension {
    CATEGORY("category_code", "Category"),
    WARD("ward_code", "Ward"),
    SOURCE_AGENCY("source_agency_code", "Source agency"),
    OUTCOME("outcome_code", "Outcome");

    private final String column;
    private final String label;

    ReportDimension(String column, String label) {
        this.column = column;
        this.label = label;
    }

    /** The column of the {@code report} table; only {@link ReportFigures} builds SQL with it. */
    String column() {
        return column;
    }

    public String label() {
        return label;
    }
}
