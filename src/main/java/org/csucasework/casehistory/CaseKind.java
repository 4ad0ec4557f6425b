package org.csucasework.casehistory;

/** The kinds of case that have a history; the owning module of each implements {@link CaseAccess}. */
public enum CaseKind {
    REPORT("Report"),
    TASK_GROUP("Task and Finish Group"),
    ESCALATION_CASE("Escalation case"),
    MARAC_REFERRAL("Community MARAC case"),
    CASE_REVIEW("ASB Case Review");

    private final String label;

    CaseKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
