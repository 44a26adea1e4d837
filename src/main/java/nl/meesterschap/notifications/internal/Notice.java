package nl.meesterschap.notifications.internal;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import nl.meesterschap.notifications.NotificationKind;

/**
 * Something that happened, for one person: who did it ({@code actorId}, none for reminders), what it is about
 * ({@code subject}, e.g. a story, and the specific {@code item}, e.g. the response), the words and time to show
 * and where to look. {@code causeKey} is unique per recipient: the same cause never notifies twice.
 *
 * @param variant refines the text, e.g. the subject kind ({@code story}) or {@code cancelled}
 */
record Notice(UUID recipientId, NotificationKind kind, @Nullable String variant, String causeKey,
		@Nullable UUID actorId, @Nullable Ref subject, @Nullable Ref item, String title, @Nullable String detail,
		@Nullable Instant itemTime, String url, Instant at) {

	Notice {
		title = cut(title, 300);
		detail = detail == null ? null : cut(detail, 500);
	}

	/** A thing in another module, by kind and id (e.g. {@code story}, {@code response}, {@code session}). */
	record Ref(String kind, UUID id) {
	}

	/** The same notice with another kind and variant (a mention outranks a plain response). */
	Notice as(NotificationKind otherKind, @Nullable String otherVariant) {
		return new Notice(recipientId, otherKind, otherVariant, causeKey, actorId, subject, item, title, detail,
				itemTime, url, at);
	}

	private static String cut(String text, int max) {
		String clean = text.strip();
		return clean.length() <= max ? clean : clean.substring(0, max - 1) + "…";
	}

}
