package org.csucasework.worklist;

import org.csucasework.tasking.ActionOwnerKind;

/** The name and the page of a case, from the process that runs it or the kind of owner of an action. */
final class CaseLinks {

    private CaseLinks() {
    }

    static String kind(String processKey) {
        return switch (processKey == null ? "" : processKey) {
            case "csu-daily-tasking" -> "Report";
            case "task-and-finish-group" -> "Task and Finish Group";
            case "asb-escalation" -> "Escalation case";
            case "community-marac-referral" -> "Community MARAC referral";
            case "asb-case-review" -> "ASB Case Review";
            default -> "Case";
        };
    }

    static String url(String processKey, String reference) {
        return switch (processKey == null ? "" : processKey) {
            case "csu-daily-tasking" -> "reports/" + reference;
            case "task-and-finish-group" -> "task-groups/" + reference;
            case "asb-escalation" -> "escalation/case/" + reference;
            case "community-marac-referral" -> "marac/cases/" + reference;
            case "asb-case-review" -> "case-reviews/" + reference;
            // A process added later still leads somewhere: its case found by reference.
            default -> "search?q=" + reference;
        };
    }

    static String kind(ActionOwnerKind owner) {
        return owner == null ? "Report" : switch (owner) {
            case REPORT -> "Report";
            case TASK_AND_FINISH_GROUP -> "Task and Finish Group";
            case COMMUNITY_MARAC -> "Community MARAC referral";
            case CASE_REVIEW -> "ASB Case Review";
        };
    }

    /** Where an action is worked when its case's page is not the user's to open. */
    static final String MY_ACTIONS = "my-actions";

    /**
     * The page an action leads to: its case, except that a partner officer working an action of a Community MARAC
     * case or an ASB Case Review (records for their members and the CSU only) is sent to My actions, where the action
     * is completed, instead of to a page that would refuse them.
     */
    static String actionUrl(ActionOwnerKind owner, String reference, boolean csuStaff) {
        boolean restricted = owner == ActionOwnerKind.COMMUNITY_MARAC || owner == ActionOwnerKind.CASE_REVIEW;
        return restricted && !csuStaff ? MY_ACTIONS : url(owner, reference);
    }

    static String url(ActionOwnerKind owner, String reference) {
        return owner == null ? "reports/" + reference : switch (owner) {
            case REPORT -> "reports/" + reference;
            case TASK_AND_FINISH_GROUP -> "task-groups/" + reference;
            case COMMUNITY_MARAC -> "marac/cases/" + reference;
            case CASE_REVIEW -> "case-reviews/" + reference;
        };
    }
}
