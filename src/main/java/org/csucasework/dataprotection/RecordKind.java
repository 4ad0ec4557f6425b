package org.csucasework.dataprotection;

import org.csucasework.shared.personaldata.RecordType;

/** The kinds of case record the retention policy applies to. */
public enum RecordKind {
    REPORT("Report", RecordType.REPORT),
    TASK_AND_FINISH_GROUP("Task and Finish Group", RecordType.TASK_GROUP),
    ESCALATION_CASE("Escalation case", RecordType.ESCALATION_CASE);

    private final String label;
    private final RecordType type;

    RecordKind(String label, RecordType type) {
        this.label = label;
        this.type = type;
    }

    /** The type of record the modules' {@code PersonalData} anonymise for this kind. */
    public RecordType type() {
        return type;
    }

    public String label() {
        return label;
    }
}
