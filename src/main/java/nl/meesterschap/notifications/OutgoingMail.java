package nl.meesterschap.notifications;

import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An e-mail for one person, complete: Dutch subject, HTML (table layout, inline styles) and plain text.
 *
 * @param idempotencyKey unique per recipient and cause (e.g. {@code digest:<edition id>}); queueing the same key
 * for the same person again does nothing
 * @param unsubscribeTarget what the one-click {@code List-Unsubscribe} link stops, {@code <scheme>:<value>}: a
 * notification kind ({@code notifications:MENTION}) or something an {@link UnsubscribeHandler} understands
 * ({@code digest:<subscription id>}); null for a mail without that header
 */
public record OutgoingMail(UUID recipientId, String subject, String html, String text, String idempotencyKey,
		@Nullable String unsubscribeTarget) {

	public static final int MAX_KEY_LENGTH = 200;

	public OutgoingMail {
		Objects.requireNonNull(recipientId, "recipientId");
		if (subject == null || subject.isBlank() || subject.length() > 300) {
			throw new IllegalArgumentException("A mail needs a subject of at most 300 characters");
		}
		if (html == null || html.isBlank() || text == null || text.isBlank()) {
			throw new IllegalArgumentException("A mail needs an HTML and a plain-text body");
		}
		if (idempotencyKey == null || idempotencyKey.isBlank() || idempotencyKey.length() > MAX_KEY_LENGTH) {
			throw new IllegalArgumentException("A mail needs an idempotency key of at most 200 characters");
		}
		if (unsubscribeTarget != null && (unsubscribeTarget.indexOf(':') < 1 || unsubscribeTarget.length() > 200)) {
			throw new IllegalArgumentException("An unsubscribe target looks like <scheme>:<value>");
		}
	}

}
