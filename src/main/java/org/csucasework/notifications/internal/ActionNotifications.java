package org.csucasework.notifications.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.csucasework.actions.ActionAssigned;
import org.csucasework.actions.ActionDue;
import org.csucasework.actions.ActionService;
import org.csucasework.notifications.NotificationKinds;
import org.csucasework.notifications.NotificationRequested;
import org.csucasework.notifications.NotificationService;
import org.csucasework.shared.Role;
import org.csucasework.shared.ui.Names;
import org.csucasework.shared.ui.UkDates;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Notifications about actions: to the owning agency's officers (or the named officer) when an action is assigned,
 * and to its owner the day before it is due and once it is overdue.
 *
 * <p>The reminders come from a scheduled job that every node runs (every 15 minutes by default). It may find the same
 * action many times, on every node; each reminder carries an event key ({@code ACTION_DUE_TOMORROW:42},
 * {@code ACTION_OVERDUE:42}) that the database accepts once only, so each is sent exactly once. A scheduled query
 * rather than a Camunda timer: it needs no change to the daily tasking model, and it catches up by itself after
 * downtime.
 */
@Component
public class ActionNotifications {

    private static final Logger log = LoggerFactory.getLogger(ActionNotifications.class);

    /** The roles that work actions for their agency. */
    static final Set<Role> OFFICERS = EnumSet.of(Role.PARTNER, Role.CASEWORKER, Role.SUPERVISOR);

    private final NotificationService notifications;
    private final ActionService actions;
    private final NotificationProperties properties;
    private final Names names;
    private final Clock clock;

    ActionNotifications(NotificationService notifications, ActionService actions, NotificationProperties properties,
                        Names names, Clock clock) {
        this.names = names;
        this.notifications = notifications;
        this.actions = actions;
        this.properties = properties;
        this.clock = clock;
    }

    /** In the assigning transaction: the notification exists if and only if the action does. */
    @EventListener
    void on(ActionAssigned assigned) {
        notifications.notify(toOwner(assigned.assignee(), assigned.agencyCode(), NotificationKinds.ACTION_ASSIGNED,
                "Action assigned to " + names.agency(assigned.agencyCode()) + " on " + assigned.reportReference()
                        + ", due " + UkDates.weekday(assigned.dueDate()),
                assigned.reportReference(), "ACTION_ASSIGNED:" + assigned.actionId()));
    }

    @Scheduled(cron = "${casework.notifications.reminder-cron:0 */15 * * * *}",
            zone = "${casework.notifications.zone:Europe/London}")
    void scheduledReminders() {
        remind(LocalDate.now(clock.withZone(properties.zone())));
    }

    /**
     * Sends the reminders as they stand on {@code today}: for open actions due tomorrow, and for open actions that
     * fell due before today (within the catch-up window). Returns how many reminders were new.
     */
    public int remind(LocalDate today) {
        int sent = 0;
        for (ActionDue due : actions.openActionsDueBetween(today.plusDays(1), today.plusDays(1))) {
            sent += send(toOwner(due.assignee(), due.agencyCode(), NotificationKinds.ACTION_DUE_TOMORROW,
                    "Action on " + due.reportReference() + " is due tomorrow (" + UkDates.weekday(due.dueDate()) + ")",
                    due.reportReference(), "ACTION_DUE_TOMORROW:" + due.actionId()));
        }
        for (ActionDue due : actions.openActionsDueBetween(today.minusDays(properties.overdueCatchUp()),
                today.minusDays(1))) {
            sent += send(toOwner(due.assignee(), due.agencyCode(), NotificationKinds.ACTION_OVERDUE,
                    "Action on " + due.reportReference() + " is overdue (it was due " + UkDates.weekday(due.dueDate())
                            + ")",
                    due.reportReference(), "ACTION_OVERDUE:" + due.actionId()));
        }
        return sent;
    }

    private int send(NotificationRequested request) {
        try {
            return notifications.notify(request) > 0 ? 1 : 0;
        } catch (RuntimeException e) {
            // One reminder's failure must not stop the others; it is tried again on the next run.
            log.warn("Reminder {} failed: {}", request.eventKey(), e.toString());
            return 0;
        }
    }

    /** The named officer when there is one, otherwise the agency's officers. */
    private NotificationRequested toOwner(String assignee, String agencyCode, String kind, String title,
                                          String reference, String eventKey) {
        if (assignee != null) {
            return NotificationRequested.toUsers(Set.of(assignee), kind, title, reference,
                    properties.actionLinkPath(), eventKey);
        }
        return new NotificationRequested(kind, title, reference, properties.actionLinkPath(), Set.of(), OFFICERS,
                agencyCode, eventKey);
    }
}
