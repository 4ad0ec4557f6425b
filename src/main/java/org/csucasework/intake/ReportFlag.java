package org.csucasework.intake;

/** The flags repeat detection sets on a new report (the API's {@code flags}). */
public enum ReportFlag {
    REPEAT_PLACE("Repeat: place reported in the last 12 months"),
    REPEAT_PERSON("Repeat: person reported in the last 12 months"),
    TASK_AND_FINISH_SUGGESTED("Task and Finish Group suggested"),
    CASE_REVIEW_THRESHOLD("ASB Case Review threshold reached");

    private final String label;

    ReportFlag(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
