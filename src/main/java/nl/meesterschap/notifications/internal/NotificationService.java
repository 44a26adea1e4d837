package nl.meesterschap.notifications.internal;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.meesterschap.notifications.NotificationKind;
import nl.meesterschap.web.ItemNotFoundException;

/**
 * Turns notices into notifications as each person chose: never about their own action, not at all for kinds
 * switched off, once per cause; "e-mail direct" ones wait for the person's next batched mail ({@link MailBatches}).
 */
@Service
@Transactional
public class NotificationService {

	private final InboxRepository inbox;

	private final PreferenceRepository preferences;

	private final Inserts inserts;

	private final Clock clock;

	NotificationService(InboxRepository inbox, PreferenceRepository preferences, Inserts inserts, Clock clock) {
		this.inserts = inserts;
		this.inbox = inbox;
		this.preferences = preferences;
		this.clock = clock;
	}

	/** Stores the notice for its recipient, unless it is theirs, switched off, or stored before (then empty). */
	Optional<UUID> deliver(Notice notice) {
		if (notice.recipientId().equals(notice.actorId())) {
			return Optional.empty();
		}
		Channel channel = preferences.of(notice.recipientId(), notice.kind());
		Optional<StoredNotification> earlier = inbox.findByCause(notice.recipientId(), notice.causeKey());
		if (earlier.isEmpty() && channel != Channel.OFF) {
			UUID id = UUID.randomUUID();
			if (inserts.insert(() -> inbox.insert(id, notice, channel, mailState(channel)))) {
				return Optional.of(id);
			}
			earlier = inbox.findByCause(notice.recipientId(), notice.causeKey());
		}
		earlier.ifPresent(stored -> outrank(stored, notice, channel));
		return Optional.empty();
	}

	/**
	 * A mention and a reply to the same response share one cause: whichever listener runs first, the person ends
	 * up with one notification of the weightiest kind (mention, then reply, then response).
	 */
	private void outrank(StoredNotification earlier, Notice notice, Channel channel) {
		boolean open = !earlier.read() && earlier.mailState() != MailState.MAILED;
		if (!open || channel == Channel.OFF || rank(notice.kind()) <= rank(earlier.notice().kind())) {
			return;
		}
		inbox.rekind(earlier.id(), notice.kind(), notice.variant(), channel, mailState(channel));
	}

	private static int rank(NotificationKind kind) {
		return switch (kind) {
			case MENTION -> 3;
			case REPLY -> 2;
			case RESPONSE -> 1;
			default -> 0;
		};
	}

	private static MailState mailState(Channel channel) {
		return switch (channel) {
			case EMAIL_NOW -> MailState.PENDING;
			case EMAIL_DIGEST -> MailState.DIGEST;
			case IN_APP, OFF -> MailState.NONE;
		};
	}

	@Transactional(readOnly = true)
	public List<StoredNotification> page(UUID personId, boolean unreadOnly, int page, int size) {
		return inbox.page(personId, unreadOnly, Math.max(0, page) * size, size);
	}

	@Transactional(readOnly = true)
	public int count(UUID personId, boolean unreadOnly) {
		return inbox.count(personId, unreadOnly);
	}

	@Transactional(readOnly = true)
	public StoredNotification get(UUID personId, UUID id) {
		return inbox.find(id).filter(n -> n.notice().recipientId().equals(personId))
			.orElseThrow(ItemNotFoundException::new);
	}

	/** Marks one of the person's own notifications read; someone else's is not found. */
	public StoredNotification markRead(UUID personId, UUID id) {
		StoredNotification notification = get(personId, id);
		inbox.markRead(personId, id, clock.instant());
		return notification;
	}

	public int markAllRead(UUID personId) {
		return inbox.markAllRead(personId, clock.instant());
	}

	/** Follows a moderator hiding or restoring a story or response. */
	void moderated(String kind, UUID id, boolean hidden) {
		inbox.hide(kind, id, hidden);
	}

}
