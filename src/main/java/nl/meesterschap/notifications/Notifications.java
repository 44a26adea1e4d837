package nl.meesterschap.notifications;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The notifications module's face to other modules (the digest). */
public interface Notifications {

	/**
	 * The notifications this person chose to receive "in de nieuwsbrief" that arrived after {@code since}, oldest
	 * first; hidden items (moderation) are left out. Texts are Dutch, links absolute.
	 */
	List<DigestNotification> pendingForDigest(UUID personId, Instant since);

	/** How many unread notifications this person has. */
	int unreadCount(UUID personId);

}
