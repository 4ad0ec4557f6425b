package org.csucasework.intake;

/** The flags set on a new report by repeat detection and person matching (the API's {@code flags}). */
public enum ReportFlag {
    REPEAT_PLACE("Repeat: place reported in the last 12 months"),
    REPEAT_PERSON("Repeat: person reported in the last 12 months"),
    TASK_AND_FINISH_SUGGESTED("Task and Finish Group suggested"),
    CASE_REVIEW_THRESHOLD("ASB Case Review threshold reached"),
    HIGH_RISK("High risk victim: same-day contact, on today's tasking agenda"),
    POSSIBLE_PERSON_MATCH("A person named may already be on record: check for a duplicate");

    private final String label;

    ReportFlag(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
