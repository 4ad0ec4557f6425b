package org.csucasework.intake;

/** Where a report stands: waiting for the daily tasking, being worked, or closed with an outcome. */
public enum ReportStatus {
    NEW("Awaiting daily tasking"),
    IN_PROGRESS("In progress"),
    CLOSED("Closed");

    private final String label;

    ReportStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
