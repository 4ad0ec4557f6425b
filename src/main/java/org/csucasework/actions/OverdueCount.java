package org.csucasework.actions;

/** How many open actions are overdue for one agency and named officer ({@code assignee} null: nobody named). */
public record OverdueCount(String agencyCode, String assignee, long count) {
}
