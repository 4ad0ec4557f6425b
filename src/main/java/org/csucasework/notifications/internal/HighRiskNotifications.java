package org.csucasework.notifications.internal;

import lombok.RequiredArgsConstructor;
import org.csucasework.intake.HighRiskAssessed;
import org.csucasework.notifications.NotificationRequested;
import org.csucasework.notifications.NotificationService;
import org.csucasework.shared.Role;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Tells the supervisors (bell and e-mail) of a high-risk victim, by report reference only (DESIGN.md 4.7). */
@Component
@RequiredArgsConstructor
class HighRiskNotifications {

    static final String HIGH_RISK = "HIGH_RISK";

    private final NotificationService notifications;

    /** In the assessing transaction: the notification exists if and only if the assessment does. */
    @EventListener
    void on(HighRiskAssessed assessed) {
        notifications.notify(NotificationRequested.toRole(Role.SUPERVISOR, null, HIGH_RISK,
                "High risk victim on report " + assessed.reference() + ": same-day contact, on today's tasking",
                assessed.reference(), "reports/" + assessed.reference(), HIGH_RISK + ":" + assessed.assessmentId()));
    }
}
