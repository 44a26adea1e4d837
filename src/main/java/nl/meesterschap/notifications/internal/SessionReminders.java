package nl.meesterschap.notifications.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import nl.meesterschap.notifications.NotificationKind;

/**
 * Reminds a session's attendees the day before (within {@code reminder-lead} of the start), once per start time:
 * a moved session is reminded again, a cancelled one not at all, and one announced less than a day ahead not (its
 * announcement was the reminder). Runs on one node of a cluster at a time.
 */
@Component
public class SessionReminders {

	private final SessionRepository sessions;

	private final NotificationService notifications;

	private final NotificationSettings settings;

	private final TransactionTemplate transactions;

	private final Clock clock;

	SessionReminders(SessionRepository sessions, NotificationService notifications, NotificationSettings settings,
			TransactionTemplate transactions, Clock clock) {
		this.sessions = sessions;
		this.notifications = notifications;
		this.settings = settings;
		this.transactions = transactions;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${meesterschap.notifications.reminder-interval:5m}", initialDelayString = "1m")
	@SchedulerLock(name = "notifications-session-reminders")
	public void scheduled() {
		remindAt(clock.instant());
	}

	/** Sends the reminders due at {@code now}, one transaction per session; returns how many sessions. */
	public int remindAt(Instant now) {
		Duration lead = settings.reminderLead();
		int reminded = 0;
		for (SessionRepository.PlannedSession session : sessions.toRemind(now, now.plus(lead), lead)) {
			transactions.executeWithoutResult(status -> remind(session, now));
			reminded++;
		}
		sessions.forgetBefore(now.minus(Duration.ofDays(7)));
		return reminded;
	}

	private void remind(SessionRepository.PlannedSession session, Instant now) {
		for (UUID person : sessions.attendees(session)) {
			notifications.deliver(new Notice(person, NotificationKind.SESSION_REMINDER, null,
					"session-reminder:" + session.sessionId() + ":" + session.startsAt().getEpochSecond(), null,
					new Notice.Ref("circle", session.circleId()), new Notice.Ref(CircleListener.SESSION, session.sessionId()),
					session.circleName(), null, session.startsAt(), "/sessies/" + session.sessionId(), now));
		}
		sessions.reminded(session);
	}

}
