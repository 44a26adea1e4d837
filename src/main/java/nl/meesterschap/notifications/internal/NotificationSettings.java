package nl.meesterschap.notifications.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How notifications reach people: e-mails to one person are combined so that at most one goes out per
 * {@code mailBatchInterval}, the first after {@code firstMailDelay} (room to read it in the app first, and to
 * gather a burst); delivery stops after {@code maxBounces} refused mails; reminders go {@code reminderLead} before
 * a session.
 */
@ConfigurationProperties("meesterschap.notifications")
record NotificationSettings(Duration mailBatchInterval, Duration firstMailDelay, int maxBounces,
		Duration reminderLead, int pageSize) {

	NotificationSettings {
		mailBatchInterval = mailBatchInterval == null ? Duration.ofMinutes(15) : mailBatchInterval;
		firstMailDelay = firstMailDelay == null ? Duration.ofMinutes(2) : firstMailDelay;
		maxBounces = maxBounces <= 0 ? 3 : maxBounces;
		reminderLead = reminderLead == null ? Duration.ofHours(24) : reminderLead;
		pageSize = pageSize <= 0 ? 20 : pageSize;
	}

}
