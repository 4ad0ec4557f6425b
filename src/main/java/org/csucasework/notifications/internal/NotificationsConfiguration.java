package org.csucasework.notifications.internal;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Turns on the scheduled jobs (reminders, the e-mail outbox, the daily digest) and the settings. */
@Configuration
@EnableScheduling
@EnableConfigurationProperties(NotificationProperties.class)
class NotificationsConfiguration {
}
