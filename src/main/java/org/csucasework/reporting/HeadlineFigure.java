package org.csucasework.reporting;

/**
 * The CSU headline figures of the Strategic Assessment (DESIGN.md section 5). Each is counted by the capability that
 * records it, through a {@link HeadlineFigureSource}; a figure no source counts is shown as "not available".
 */
public enum HeadlineFigure {
    REPORTS_RECEIVED("Reports received"),
    CALLS_DEALT_WITH_AT_TASKING("Calls dealt with at the CSU daily tasking"),
    TASK_AND_FINISH_GROUPS("Task and Finish Groups"),
    PARTNERSHIP_SITE_VISITS("Partnership site visits"),
    WARNING_LETTERS("ASB warning letters issued"),
    ACCEPTABLE_BEHAVIOUR_AGREEMENTS("Acceptable Behaviour Agreements issued"),
    ABA_BREACH_LETTERS("ABA breach letters issued"),
    COMMUNITY_PROTECTION_WARNINGS("Community Protection Warnings issued"),
    COMMUNITY_PROTECTION_NOTICES("Community Protection Notices issued"),
    // The enforcement that follows a notice (ss46-52 of the 2014 Act), each counted on the day it happened.
    COMMUNITY_PROTECTION_NOTICES_APPEALED("Community Protection Notices appealed"),
    FIXED_PENALTIES_ISSUED("Fixed penalty notices issued"),
    FIXED_PENALTIES_PAID("Fixed penalty notices paid"),
    WORKS_IN_DEFAULT("Works in default on breach of a CPN"),
    PROSECUTIONS("Prosecutions for breach of a CPN"),
    // The legal outcomes beyond the ladder, each on the day it was granted or made.
    INJUNCTIONS_GRANTED("Civil injunctions granted"),
    CRIMINAL_BEHAVIOUR_ORDERS("Criminal Behaviour Orders made"),
    CLOSURE_ORDERS("Closure orders made"),
    MARAC_REFERRALS("Community MARAC referrals"),
    MARAC_MEETINGS("Community MARAC meetings"),
    MARAC_CASES_DISCUSSED("Community MARAC cases discussed"),
    REPORTS_CLOSED("Reports closed"),
    /** The seed's promise to "report back in 100% of cases": closed reports with a contact in their history. */
    REPORTS_REPORTED_BACK("Closed reports whose reporter or victim was contacted (report back)"),
    // The ASB Case Review figures published each year (s104(10) of the 2014 Act), by application date.
    CASE_REVIEW_APPLICATIONS("ASB Case Review applications"),
    CASE_REVIEW_THRESHOLD_NOT_MET("ASB Case Reviews: threshold not met"),
    CASE_REVIEWS_CARRIED_OUT("ASB Case Reviews carried out"),
    CASE_REVIEWS_WITH_RECOMMENDATIONS("ASB Case Reviews resulting in recommendations");

    private final String label;

    HeadlineFigure(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
