package org.csucasework.notifications;

/** The kinds of notification this product sends (a {@link NotificationRequested} may bring its own). */
public final class NotificationKinds {

    public static final String ACTION_ASSIGNED = "ACTION_ASSIGNED";
    public static final String ACTION_DUE_TOMORROW = "ACTION_DUE_TOMORROW";
    public static final String ACTION_OVERDUE = "ACTION_OVERDUE";
    public static final String ESCALATION_AWAITS = "ESCALATION_AWAITS";

    private NotificationKinds() {
    }
}
