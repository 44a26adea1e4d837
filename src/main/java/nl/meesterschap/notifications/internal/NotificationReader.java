package nl.meesterschap.notifications.internal;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.meesterschap.notifications.NotificationKind;

/** A person's notifications as pages and the API show them: the sentence in the reader's language, and the link. */
@Service
@Transactional(readOnly = true)
public class NotificationReader {

	private final NotificationService notifications;

	private final NotificationTexts texts;

	NotificationReader(NotificationService notifications, NotificationTexts texts) {
		this.notifications = notifications;
		this.texts = texts;
	}

	/** Page {@code page} (from 0) of {@code size}, newest first; a page past the end shows the last. */
	public Page page(UUID personId, boolean unreadOnly, int page, int size, Locale locale) {
		int total = notifications.count(personId, unreadOnly);
		int pages = Math.max(1, (total + size - 1) / size);
		int current = Math.min(Math.max(0, page), pages - 1);
		List<StoredNotification> stored = notifications.page(personId, unreadOnly, current, size);
		Map<UUID, String> actors = texts.actors(stored);
		return new Page(stored.stream().map(n -> view(n, actors, locale)).toList(), current, pages, total,
				unreadOnly ? total : notifications.count(personId, true));
	}

	public View one(UUID personId, UUID id, Locale locale) {
		StoredNotification n = notifications.get(personId, id);
		return view(n, texts.actors(List.of(n)), locale);
	}

	private View view(StoredNotification n, Map<UUID, String> actors, Locale locale) {
		return new View(n.id(), n.notice().kind(), texts.text(n, actors, locale), n.hidden() ? null : n.notice().url(),
				n.notice().at(), n.readAt());
	}

	/** One notification; {@code url} is null when a moderator hid what it is about. */
	public record View(UUID id, NotificationKind kind, String text, @Nullable String url, Instant createdAt,
			@Nullable Instant readAt) {

		public boolean read() {
			return readAt != null;
		}

	}

	/** A page of notifications and the person's unread total. */
	public record Page(List<View> items, int page, int pages, int total, int unread) {
	}

}
