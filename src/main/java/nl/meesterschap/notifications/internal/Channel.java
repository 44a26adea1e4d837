package nl.meesterschap.notifications.internal;

import nl.meesterschap.notifications.NotificationKind;

/**
 * How a person hears about one kind of notification. Every channel but {@link #OFF} also shows the notification
 * in the app.
 */
public enum Channel {

	IN_APP, EMAIL_NOW, EMAIL_DIGEST, OFF;

	/** Mentions and session invitations and changes are mailed at once unless chosen otherwise. */
	public static Channel defaultFor(NotificationKind kind) {
		return switch (kind) {
			case MENTION, SESSION_INVITATION, SESSION_CHANGED -> EMAIL_NOW;
			default -> IN_APP;
		};
	}

}
