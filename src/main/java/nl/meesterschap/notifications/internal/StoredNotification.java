package nl.meesterschap.notifications.internal;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A notification as stored: the notice plus how it is delivered and whether it was read or hidden since. */
record StoredNotification(UUID id, Notice notice, Channel channel, MailState mailState, boolean subjectHidden,
		boolean itemHidden, @Nullable Instant readAt) {

	boolean read() {
		return readAt != null;
	}

	/** A moderator hid what it is about: its title and link no longer show. */
	boolean hidden() {
		return subjectHidden || itemHidden;
	}

}
