package org.csucasework.worklist;

/**
 * The name and the page of a case, from the process that runs it (an action's record is named and linked by its
 * {@code ActionOwnerType}).
 */
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

    /**
     * Where an action is worked when its case's page is not the user's to open: a partner officer working an action of
     * a Community MARAC case or an ASB Case Review (records for their members and the CSU only).
     */
    static final String MY_ACTIONS = "my-actions";
}
