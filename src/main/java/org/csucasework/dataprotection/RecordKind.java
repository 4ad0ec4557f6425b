package org.csucasework.dataprotection;

/** The kinds of case record the retention policy applies to. */
public enum RecordKind {
    REPORT("Report"),
    TASK_AND_FINISH_GROUP("Task and Finish Group"),
    ESCALATION_CASE("Escalation case");

    private final String label;

    RecordKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
