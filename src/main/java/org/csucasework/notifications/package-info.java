/**
 * Notifications: the in-app bell and e-mail through SMTP (at once or as a daily digest, as each user chooses) when
 * an action is assigned, due tomorrow or overdue, and whenever another module asks with {@link
 * org.csucasework.notifications.NotificationRequested}; each event notifies exactly once, however many nodes run.
 */
package org.csucasework.notifications;
