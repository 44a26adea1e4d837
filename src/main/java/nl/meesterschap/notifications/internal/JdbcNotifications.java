package nl.meesterschap.notifications.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.meesterschap.notifications.DigestNotification;
import nl.meesterschap.notifications.Notifications;

@Service
@Transactional(readOnly = true)
class JdbcNotifications implements Notifications {

	private final InboxRepository inbox;

	private final NotificationTexts texts;

	private final JdbcMailOutbox outbox;

	JdbcNotifications(InboxRepository inbox, NotificationTexts texts, JdbcMailOutbox outbox) {
		this.inbox = inbox;
		this.texts = texts;
		this.outbox = outbox;
	}

	@Override
	public List<DigestNotification> pendingForDigest(UUID personId, Instant since) {
		List<StoredNotification> waiting = inbox.forDigest(personId, since);
		Map<UUID, String> actors = texts.actors(waiting);
		return waiting.stream()
			.map(n -> new DigestNotification(n.id(), n.notice().kind(), texts.text(n, actors, NotificationMail.DUTCH, true),
					outbox.link("/meldingen/" + n.id()), n.notice().at()))
			.toList();
	}

	@Override
	public int unreadCount(UUID personId) {
		return inbox.count(personId, true);
	}

}
