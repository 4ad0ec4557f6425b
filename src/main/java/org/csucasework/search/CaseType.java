package org.csucasework.search;

/** The kinds of case search finds, with the names users see. */
public enum CaseType {
    REPORT("Report"),
    TASK_GROUP("Task and Finish Group"),
    ESCALATION_CASE("Escalation case"),
    MARAC_REFERRAL("Community MARAC referral");

    private final String label;

    CaseType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
